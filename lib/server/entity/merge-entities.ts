import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { mergeEntitiesSchema } from "@/lib/validations/entity-merge";
import { mergedEntityFields } from "@/lib/entities/merged-entity-fields";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { lockEntities, requireLiveEntity } from "@/lib/server/entity/lock-entities";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { rewriteAnnotationLinks } from "@/lib/server/entity/rewrite-annotation-links";
import { recordEntityMergeChange } from "@/lib/server/entity/record-entity-merge-change";
import type { EntityMergeAfter, EntityMergeMoves } from "@/lib/server/entity/entity-merge-record";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

export type EntityMergeResult = { mergeId: string; target: EntityDTO; source: EntityDTO; moved: { mentions: number; claimLinks: number } };

/**
 * Merges `sourceId` into the target, in one transaction: every mention and
 * claim link of the source (live or deleted) moves to the target, the
 * source's names become the target's aliases, and the source is soft-deleted
 * with `mergedIntoId`. Clusters hold no entity ids of their own (an entity is
 * "in" a cluster through its members' claims), so they follow the claims.
 * Both versions must be the ones the person saw: a merge decided on stale
 * information (a rename, another merge) is refused with 409. The audit row
 * records every moved row by id, so undoEntityMerge can restore it exactly.
 */
export async function mergeEntities(access: ProjectAccess, targetId: string, input: unknown): Promise<EntityMergeResult> {
  const { project, role, userId } = access;
  if (!can(role, "entities.merge")) throw new AppError("FORBIDDEN", "Only reviewers and owners merge entities.");
  const data = parseInput(mergeEntitiesSchema, input, "Invalid merge.");
  const { sourceId, sourceVersion, targetVersion } = data;
  if (sourceId === targetId) throw new AppError("BAD_REQUEST", "An entity cannot be merged into itself.");

  return transaction(async (tx) => {
    const locked = await lockEntities(tx, project.id, [targetId, sourceId]);
    const target = requireLiveEntity(locked, targetId);
    const source = requireLiveEntity(locked, sourceId, "The entity to merge");
    if (target.version !== targetVersion || source.version !== sourceVersion) {
      throw new AppError(
        "CONFLICT",
        `"${target.name}" or "${source.name}" changed since you looked (now at versions ${target.version} and ${source.version}). Nothing was merged: check them again.`,
        { current: { target: toEntityDTO(target), source: toEntityDTO(source) } },
      );
    }

    const mentions = await tx.annotation.findMany({ where: { projectId: project.id, entityId: sourceId }, select: { id: true }, orderBy: { id: "asc" } });
    const links = await tx.claimEntity.findMany({ where: { entityId: sourceId, claim: { projectId: project.id } }, orderBy: { id: "asc" } });
    const targetLinks = await tx.claimEntity.findMany({ where: { entityId: targetId, claimId: { in: links.map((l) => l.claimId) } }, select: { claimId: true, role: true } });
    const taken = new Set(targetLinks.map((l) => `${l.claimId}:${l.role}`));
    const collapsed = links.filter((l) => taken.has(`${l.claimId}:${l.role}`));
    const movedLinks = links.filter((l) => !taken.has(`${l.claimId}:${l.role}`));
    const moves: EntityMergeMoves = {
      mentionIds: mentions.map((m) => m.id),
      claimLinkIds: movedLinks.map((l) => l.id),
      collapsedClaimLinks: collapsed.map((l) => ({ id: l.id, claimId: l.claimId, role: l.role, mentionId: l.mentionId, createdAt: l.createdAt.toISOString() })),
    };

    await rewriteAnnotationLinks(tx, { projectId: project.id, actorId: userId }, [...moves.mentionIds, ...links.map((l) => l.claimId)], async () => {
      await tx.annotation.updateMany({ where: { id: { in: moves.mentionIds } }, data: { entityId: targetId } });
      await tx.claimEntity.updateMany({ where: { id: { in: moves.claimLinkIds } }, data: { entityId: targetId } });
      await tx.claimEntity.deleteMany({ where: { id: { in: collapsed.map((l) => l.id) } } });
    });

    const fields = mergedEntityFields(target, source);
    const targetAfter = toEntityDTO(
      await tx.entity.update({
        where: { id: targetId },
        data: { aliases: [...fields.aliases], description: fields.description, externalId: fields.externalId, version: { increment: 1 } },
        select: entityDtoSelect,
      }),
    );
    const sourceAfter = toEntityDTO(
      await tx.entity.update({ where: { id: sourceId }, data: { deletedAt: new Date(), mergedIntoId: targetId, version: { increment: 1 } }, select: entityDtoSelect }),
    );
    const after: EntityMergeAfter = { target: targetAfter, source: sourceAfter, moved: moves };
    const mergeId = await recordEntityMergeChange(tx, {
      projectId: project.id,
      actorId: userId,
      action: "entity.merge",
      targetId,
      before: { target: toEntityDTO(target), source: toEntityDTO(source) },
      after,
    });
    return { mergeId, target: targetAfter, source: sourceAfter, moved: { mentions: moves.mentionIds.length, claimLinks: links.length } };
  });
}
