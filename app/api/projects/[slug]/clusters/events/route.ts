import { routeHandler } from "@/lib/http/route-handler";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { AppError } from "@/lib/errors/app-error";
import { parseEventCursor } from "@/lib/realtime/parse-event-cursor";
import { latestClusterEventId } from "@/lib/server/cluster/latest-cluster-event-id";
import { streamClusterEvents } from "@/lib/server/cluster/stream-cluster-events";
import { streamSignal } from "@/lib/realtime/shutdown-signal";

type Context = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

// GET → text/event-stream of the project's cluster changes (see
// lib/server/cluster/stream-cluster-events.ts). Resumes after `Last-Event-ID`
// or `?after=<event id>`; without either, from now.
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const { project } = await requireApiProjectAccess(principal, slug);
  const cursor = parseEventCursor(request.headers.get("last-event-id"), new URL(request.url).searchParams.get("after"));
  if (cursor === "invalid") throw new AppError("BAD_REQUEST", "Last-Event-ID / after must be an event id (digits).");
  const after = cursor ?? (await latestClusterEventId(project.id));
  const body = streamClusterEvents({ projectId: project.id, after, signal: streamSignal(request) });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
