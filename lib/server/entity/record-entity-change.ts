import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";

const eventTypes = {
  "entity.create": "entity.created",
  "entity.update": "entity.updated",
  "entity.delete": "entity.deleted",
} as const;

export type EntityAction = keyof typeof eventTypes;

// Every entity write leaves an audit row (before/after as the API shows them)
// and a project-wide feed event (no article: an entity belongs to every
// article that mentions it), in the transaction of the write itself.
export async function recordEntityChange(
  tx: DbClient,
  change: { projectId: string; actorId: string; action: EntityAction; before: EntityDTO | null; after: EntityDTO },
): Promise<void> {
  await writeAuditLog(tx, {
    projectId: change.projectId,
    actorId: change.actorId,
    action: change.action,
    entityType: "Entity",
    entityId: change.after.id,
    before: change.before,
    after: change.after,
  });
  await recordEvent(tx, {
    projectId: change.projectId,
    articleId: null,
    type: eventTypes[change.action],
    actorId: change.actorId,
    // The entity itself rides along so open editors rename its chips without asking.
    payload: { entityId: change.after.id, version: change.after.version, entities: [change.after] },
  });
}
