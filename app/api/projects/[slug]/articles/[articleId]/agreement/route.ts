import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { getArticleAgreement } from "@/lib/server/agreement/get-article-agreement";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// GET → ArticleAgreement: the article's pair scores, alpha and aligned units
// (403 for an annotator of a blind project who has not submitted yet).
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json(await getArticleAgreement(access, articleId));
});
