import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";
import type { EventViewer } from "./filter-events-for-viewer";

/**
 * The second half of the viewer filter, for events that name an annotation:
 * a blinded viewer (blind annotation, not yet submitted) receives only events
 * about their own annotations — creations, edits, reviews and comments on a
 * colleague's annotation are withheld, as the annotation list withholds the
 * annotation itself. An event naming an annotation that can no longer be read
 * is withheld too: its author cannot be checked.
 */
export function isFrameVisibleToViewer(viewer: EventViewer, event: LiveEvent, annotation: AnnotationDTO | null): boolean {
  if (!viewer.blinded || typeof event.payload.annotationId !== "string") return true;
  return annotation !== null && annotation.author.id === viewer.userId;
}
