import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { getArticle } from "@/lib/server/article/get-article";

type Context = { params: Promise<{ slug: string; articleId: string }> };

export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, articleId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json({ article: await getArticle(access, articleId) });
});
