import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { AppError } from "@/lib/errors/app-error";
import { getArticle } from "@/lib/server/article/get-article";
import { latestEventId } from "@/lib/server/event/latest-event-id";
import { streamArticleEvents } from "@/lib/server/event/stream-article-events";
import { parseEventCursor } from "@/lib/realtime/parse-event-cursor";
import { db } from "@/lib/db";
import { annotationVisibility } from "@/lib/server/assignment/annotation-visibility";
import { streamSignal } from "@/lib/realtime/shutdown-signal";

type Context = { params: Promise<{ slug: string; articleId: string }> };

export const dynamic = "force-dynamic";

// GET → text/event-stream of the article's live events (see
// lib/server/event/stream-article-events.ts). Resumes after `Last-Event-ID`
// or `?after=<event id>`; without either, from now.
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug, articleId } = await context.params;
  const { project, role } = await requireApiProjectAccess(principal, slug);
  await getArticle(project.id, articleId);
  const cursor = parseEventCursor(request.headers.get("last-event-id"), new URL(request.url).searchParams.get("after"));
  if (cursor === "invalid") throw new AppError("BAD_REQUEST", "Last-Event-ID / after must be an event id (digits).");
  const after = cursor ?? (await latestEventId(project.id, articleId));
  const { visibility } = await annotationVisibility(db, { userId: principal.user.id, role }, project, articleId);
  const body = streamArticleEvents({
    viewer: { userId: principal.user.id, name: principal.user.name, role, projectId: project.id, articleId, blinded: visibility.kind === "own" },
    after,
    signal: streamSignal(request),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (which buffers) away from the stream.
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
