import type { LiveEvent } from "@/lib/realtime/types";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { loadEventAnnotation } from "./load-event-annotation";

export type EventFrame = { text: string; annotation: AnnotationDTO | null };

const frames = new WeakMap<LiveEvent, Promise<EventFrame>>();

/**
 * The SSE frame of a stored event: `id:` and its data (the event and the
 * current state of the annotation it names). The bus hands every stream of
 * the process the same event object, so fifty streams share one read and
 * one serialisation; an event the viewer filter rewrote is a new object and
 * gets its own frame. The annotation comes along so the stream can apply
 * the viewer's blind-annotation rule to it.
 */
export function eventFrame(event: LiveEvent): Promise<EventFrame> {
  let frame = frames.get(event);
  if (!frame) {
    frame = loadEventAnnotation(event)
      .catch(() => null)
      .then((annotation) => ({ text: `id: ${event.id}\ndata: ${JSON.stringify({ event, annotation })}\n\n`, annotation }));
    frames.set(event, frame);
  }
  return frame;
}
