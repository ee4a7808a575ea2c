import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { getArticle } from "@/lib/server/article/get-article";
import { announceSelection } from "@/lib/server/event/announce-selection";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// POST { connectionId, selectedAnnotationId } → 204: this viewer's selection,
// shown to the article's other viewers. Joining and leaving follow the
// event stream's lifetime (GET …/events).
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  await getArticle(access, articleId);
  await announceSelection(access, articleId, await readJsonBody(request, 10_000));
  return new Response(null, { status: 204 });
});
