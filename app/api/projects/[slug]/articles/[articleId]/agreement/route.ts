import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { getArticleAgreement } from "@/lib/server/agreement/get-article-agreement";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// GET → ArticleAgreement: the article's pair scores, alpha and aligned units
// (403 for an annotator of a blind project who has not submitted yet).
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, articleId } = await context.params;
  const access = await requireApiProjectAccess(principal, slug);
  return NextResponse.json(await getArticleAgreement(access, articleId));
});
