import { db } from "@/lib/db";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { blindCountScope } from "@/lib/server/assignment/blind-count-scope";

export type EntityRegistryRow = EntityDTO & {
  /** Live annotations that use it: mentions tagged with it, claims linking it (each claim once). */
  uses: { mentions: number; claims: number };
};

// The registry page's rows, alphabetically, at most `limit` (the page says
// when there are more). Counted as deleteEntity counts, so a row showing no
// use is one a reviewer can delete (reviewers are never blinded). In a blind
// project an annotator's counts include colleagues' annotations only on
// articles they have submitted, as the article list's counts do.
export async function listEntityRegistry(access: ProjectAccess, limit = 500): Promise<{ rows: EntityRegistryRow[]; total: number }> {
  assertCan(access, "project.view");
  const { project, role, userId } = access;
  const scope = await blindCountScope(db, { userId, role }, project);
  const visible = scope ? { OR: [{ authorId: scope.userId }, { articleId: { in: [...scope.revealedArticleIds] } }] } : {};
  const where = { projectId: project.id, deletedAt: null };
  const [entities, total] = await Promise.all([
    db.entity.findMany({ where, select: entityDtoSelect, orderBy: [{ name: "asc" }, { id: "asc" }], take: limit }),
    db.entity.count({ where }),
  ]);
  if (entities.length === 0) return { rows: [], total };
  const ids = entities.map((e) => e.id);
  const [mentions, claims] = await Promise.all([
    db.annotation.groupBy({ by: ["entityId"], where: { projectId: project.id, deletedAt: null, entityId: { in: ids }, ...visible }, _count: { _all: true } }),
    db.claimEntity.findMany({ where: { entityId: { in: ids }, claim: { deletedAt: null, ...visible } }, select: { entityId: true, claimId: true }, distinct: ["entityId", "claimId"] }),
  ]);
  const mentionsOf = new Map(mentions.map((m) => [m.entityId, m._count._all]));
  const claimsOf = new Map<string, number>();
  for (const link of claims) claimsOf.set(link.entityId, (claimsOf.get(link.entityId) ?? 0) + 1);
  return {
    rows: entities.map((row) => ({ ...toEntityDTO(row), uses: { mentions: mentionsOf.get(row.id) ?? 0, claims: claimsOf.get(row.id) ?? 0 } })),
    total,
  };
}
