import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { streamAccessCheck } from "@/lib/auth/stream-access-check";
import { requestEventCursor } from "@/lib/http/request-event-cursor";
import { eventStreamResponse } from "@/lib/http/event-stream-response";
import { latestClusterEventId } from "@/lib/server/cluster/latest-cluster-event-id";
import { streamClusterEvents } from "@/lib/server/cluster/stream-cluster-events";
import { streamSignal } from "@/lib/realtime/shutdown-signal";

type Context = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

// GET → text/event-stream of the project's cluster changes (see
// lib/server/cluster/stream-cluster-events.ts). Resumes after `Last-Event-ID`
// or `?after=<event id>`; without either, from now.
export const GET = routeHandler(async (request, context: Context) => {
  const { slug } = await context.params;
  const { principal, access } = await authenticateProjectRequest(request, slug);
  const { project } = access;
  const cursor = requestEventCursor(request);
  const after = cursor ?? (await latestClusterEventId(access));
  const body = streamClusterEvents({
    projectId: project.id,
    userId: principal.user.id,
    after,
    signal: streamSignal(request),
    stillAllowed: streamAccessCheck(principal, access),
  });
  return eventStreamResponse(body);
});
