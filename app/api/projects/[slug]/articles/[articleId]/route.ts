import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { getArticle } from "@/lib/server/article/get-article";

type Context = { params: Promise<{ slug: string; articleId: string }> };

export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ article: await getArticle(access, articleId) });
});
