import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";

/** Annotation changes that may add, change or remove a mention or claim of an entity. */
export const ANNOTATION_CHANGE_TYPES: readonly string[] = ["annotation.created", "annotation.updated", "annotation.deleted", "annotation.restored"];

const namesEntity = (payload: Record<string, unknown>, entityId: string) =>
  payload.entityId === entityId ||
  (Array.isArray(payload.entities) && payload.entities.some((e) => typeof e === "object" && e !== null && (e as { id?: unknown }).id === entityId));

/** Whether an annotation, as it now is, mentions the entity or links it to a claim (deleted or not). */
export function involvesEntity(annotation: AnnotationDTO, entityId: string): boolean {
  return annotation.entityId === entityId || annotation.entities.some((link) => link.entityId === entityId);
}

/**
 * What an entity page's live stream says about a stored event, or null for
 * nothing. Entity changes (edit, delete, merge, undo, split) that name the
 * entity, as `{ entityId }`. Changes to an annotation the viewer may see that
 * involves the entity now or did before (`wasInvolved`: it was linked, and
 * this change may have unlinked it), as `{ annotationId }`. Neither says
 * more: the page re-reads itself, with blind annotation applied.
 */
export function toEntityPageEvent(
  event: LiveEvent,
  entityId: string,
  change: { annotation: AnnotationDTO | null; wasInvolved: boolean },
  visible: (claim: { articleId: string; authorId: string }) => boolean,
): LiveEvent | null {
  const told = (payload: Record<string, unknown>): LiveEvent => ({ ...event, articleId: null, payload });
  if (event.type.startsWith("entity.")) return namesEntity(event.payload, entityId) ? told({ entityId }) : null;
  const { annotation, wasInvolved } = change;
  if (!ANNOTATION_CHANGE_TYPES.includes(event.type) || annotation === null) return null;
  if (!wasInvolved && !involvesEntity(annotation, entityId)) return null;
  if (!visible({ articleId: annotation.articleId, authorId: annotation.author.id })) return null;
  return told({ annotationId: annotation.id });
}
