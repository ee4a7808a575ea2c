import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { listArticles } from "@/lib/server/article/list-articles";

type Context = { params: Promise<{ slug: string }> };

// Counts follow blind annotation, as on the project page (listArticles takes
// the blind scope from the access).
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json({ articles: await listArticles(access) });
});
