import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { listArticles } from "@/lib/server/article/list-articles";

type Context = { params: Promise<{ slug: string }> };

// Counts follow blind annotation, as on the project page (listArticles takes
// the blind scope from the access).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ articles: await listArticles(access) });
});
