import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { recordAuditedEvent } from "@/lib/server/event/record-audited-event";

const eventTypes = {
  "annotation.create": "annotation.created",
  "annotation.update": "annotation.updated",
  "annotation.delete": "annotation.deleted",
  "annotation.restore": "annotation.restored",
} as const;

export type AnnotationAction = keyof typeof eventTypes;

// Every annotation write leaves an audit row (before/after as the API shows
// them) and a feed event, in the transaction of the write itself. The event
// carries the new version so an editor can skip changes it already has.
export async function recordAnnotationChange(
  tx: DbClient,
  change: { projectId: string; actorId: string; action: AnnotationAction; before: AnnotationDTO | null; after: AnnotationDTO },
): Promise<void> {
  await recordAuditedEvent(
    tx,
    {
      projectId: change.projectId,
      actorId: change.actorId,
      action: change.action,
      entityType: "Annotation",
      entityId: change.after.id,
      before: change.before,
      after: change.after,
    },
    {
      projectId: change.projectId,
      articleId: change.after.articleId,
      type: eventTypes[change.action],
      actorId: change.actorId,
      payload: { annotationId: change.after.id, version: change.after.version },
    },
  );
}
