import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { streamAccessCheck } from "@/lib/auth/stream-access-check";
import { getArticle } from "@/lib/server/article/get-article";
import { latestEventId } from "@/lib/server/event/latest-event-id";
import { streamArticleEvents } from "@/lib/server/event/stream-article-events";
import { requestEventCursor } from "@/lib/http/request-event-cursor";
import { eventStreamResponse } from "@/lib/http/event-stream-response";
import { db } from "@/lib/db";
import { annotationVisibility } from "@/lib/server/assignment/annotation-visibility";
import { streamSignal } from "@/lib/realtime/shutdown-signal";

type Context = { params: Promise<{ slug: string; articleId: string }> };

export const dynamic = "force-dynamic";

// GET → text/event-stream of the article's live events (see
// lib/server/event/stream-article-events.ts). Resumes after `Last-Event-ID`
// or `?after=<event id>`; without either, from now.
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { principal, access } = await authenticateProjectRequest(request, slug);
  const { project, role } = access;
  await getArticle(access, articleId);
  const cursor = requestEventCursor(request);
  const after = cursor ?? (await latestEventId(access, articleId));
  const { visibility } = await annotationVisibility(db, { userId: principal.user.id, role }, project, articleId);
  const body = streamArticleEvents({
    viewer: { userId: principal.user.id, name: principal.user.name, role, projectId: project.id, articleId, blinded: visibility.kind === "own" },
    after,
    signal: streamSignal(request),
    stillAllowed: streamAccessCheck(principal, access),
  });
  return eventStreamResponse(body);
});
