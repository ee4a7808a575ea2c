import { AppError } from "@/lib/errors/app-error";
import { parseEventCursor } from "@/lib/realtime/parse-event-cursor";

/**
 * Where a stream request resumes: after its `Last-Event-ID` header (a
 * reconnecting EventSource) or `?after=<event id>`, null for "from now";
 * anything but digits is a 400 before the stream opens.
 */
export function requestEventCursor(request: Request): string | null {
  const cursor = parseEventCursor(request.headers.get("last-event-id"), new URL(request.url).searchParams.get("after"));
  if (cursor === "invalid") throw new AppError("BAD_REQUEST", "Last-Event-ID / after must be an event id (digits).");
  return cursor;
}
