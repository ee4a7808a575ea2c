import { routeHandler } from "@/lib/http/route-handler";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { streamAccessCheck } from "@/lib/auth/stream-access-check";
import { requestEventCursor } from "@/lib/http/request-event-cursor";
import { eventStreamResponse } from "@/lib/http/event-stream-response";
import { latestProjectEventId } from "@/lib/server/event/latest-project-event-id";
import { streamEntityEvents } from "@/lib/server/entity/stream-entity-events";
import { streamSignal } from "@/lib/realtime/shutdown-signal";

type Context = { params: Promise<{ slug: string; entityId: string }> };

export const dynamic = "force-dynamic";

// GET → text/event-stream of the changes an entity page follows (see
// lib/server/entity/stream-entity-events.ts). Resumes after `Last-Event-ID`
// or `?after=<event id>` (the page passes the id it read before loading);
// without either, from now.
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, entityId } = await context.params;
  const { principal, access } = await authenticateProjectRequest(request, slug);
  const cursor = requestEventCursor(request);
  const body = await streamEntityEvents(access, {
    entityId,
    after: cursor ?? (await latestProjectEventId(access)),
    signal: streamSignal(request),
    stillAllowed: streamAccessCheck(principal, access),
  });
  return eventStreamResponse(body);
});
