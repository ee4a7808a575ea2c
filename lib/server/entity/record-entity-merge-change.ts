import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";

const eventTypes = {
  "entity.merge": "entity.merged",
  "entity.merge.undo": "entity.merge-undone",
  "entity.split": "entity.split",
} as const;

export type EntityMergeAction = keyof typeof eventTypes;

// The audit row and the project-wide live event of a merge, its undo or a
// split: changes to two entities at once. The event carries both entities as
// they now are, so an open editor can rename chips without asking; the
// annotations that moved have their own "annotation.updated" events. Returns
// the audit row's id (a merge's id, for undo).
export async function recordEntityMergeChange(
  tx: DbClient,
  change: {
    projectId: string;
    actorId: string;
    action: EntityMergeAction;
    /** The entity the change is filed under: a merge's target, a split's original. */
    targetId: string;
    before: Prisma.InputJsonValue;
    after: Prisma.InputJsonValue & { target?: EntityDTO; source?: EntityDTO; created?: EntityDTO };
    mergeId?: string;
  },
): Promise<string> {
  const id = await writeAuditLog(tx, {
    projectId: change.projectId,
    actorId: change.actorId,
    action: change.action,
    entityType: "Entity",
    entityId: change.targetId,
    before: change.before,
    after: change.after,
  });
  const entities = [change.after.target, change.after.source, change.after.created].filter((e): e is EntityDTO => e !== undefined);
  await recordEvent(tx, {
    projectId: change.projectId,
    articleId: null,
    type: eventTypes[change.action],
    actorId: change.actorId,
    payload: { entityId: change.targetId, mergeId: change.mergeId ?? String(id), entities },
  });
  return String(id);
}
