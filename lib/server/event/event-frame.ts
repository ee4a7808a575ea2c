import type { LiveEvent } from "@/lib/realtime/types";
import { loadEventAnnotation } from "./load-event-annotation";

const frames = new WeakMap<LiveEvent, Promise<string>>();

/**
 * The SSE frame of a stored event: `id:` and its data (the event and the
 * current state of the annotation it names). The bus hands every stream of
 * the process the same event object, so fifty streams share one read and
 * one serialisation; an event the viewer filter rewrote is a new object and
 * gets its own frame.
 */
export function eventFrame(event: LiveEvent): Promise<string> {
  let frame = frames.get(event);
  if (!frame) {
    frame = loadEventAnnotation(event)
      .catch(() => null)
      .then((annotation) => `id: ${event.id}\ndata: ${JSON.stringify({ event, annotation })}\n\n`);
    frames.set(event, frame);
  }
  return frame;
}
