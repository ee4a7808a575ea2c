import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { entityMergeAfterSchema } from "@/lib/server/entity/entity-merge-record";

export type EntityMergeSummary = {
  mergeId: string;
  source: { id: string; name: string };
  at: string;
  by: string | null;
  moved: { mentions: number; claimLinks: number };
  /** Undo would succeed now: not undone, neither entity changed since (undoEntityMerge's rule). */
  undoable: boolean;
};

// The merges into an entity, newest first (the audit rows they were recorded
// in), each saying whether it can still be undone.
export async function listEntityMerges(access: ProjectAccess, entityId: string, limit = 20): Promise<EntityMergeSummary[]> {
  const rows = await db.auditLog.findMany({
    where: { projectId: access.project.id, action: "entity.merge", entityType: "Entity", entityId },
    select: { id: true, after: true, createdAt: true, actorId: true },
    orderBy: { id: "desc" },
    take: limit,
  });
  const records = rows.flatMap((row) => {
    const after = entityMergeAfterSchema.safeParse(row.after);
    return after.success ? [{ row, after: after.data }] : [];
  });
  const ids = [...new Set(records.flatMap(({ after }) => [after.source.id, after.target.id]))];
  const actorIds = [...new Set(records.flatMap(({ row }) => (row.actorId ? [row.actorId] : [])))];
  const [entities, actors] = await Promise.all([
    db.entity.findMany({ where: { projectId: access.project.id, id: { in: ids } }, select: { id: true, version: true, deletedAt: true, mergedIntoId: true } }),
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
  ]);
  const entity = new Map(entities.map((e) => [e.id, e]));
  const actor = new Map(actors.map((a) => [a.id, a.name]));
  return records.map(({ row, after }) => {
    const source = entity.get(after.source.id);
    const target = entity.get(after.target.id);
    return {
      mergeId: String(row.id),
      source: { id: after.source.id, name: after.source.name },
      at: row.createdAt.toISOString(),
      by: row.actorId ? (actor.get(row.actorId) ?? null) : null,
      moved: { mentions: after.moved.mentionIds.length, claimLinks: after.moved.claimLinkIds.length + after.moved.collapsedClaimLinks.length },
      undoable:
        source?.mergedIntoId === entityId && source.version === after.source.version && target?.deletedAt === null && target.version === after.target.version,
    };
  });
}
