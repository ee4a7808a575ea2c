import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { undoEntityMergeSchema } from "@/lib/validations/entity-merge";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { lockEntities } from "@/lib/server/entity/lock-entities";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { rewriteAnnotationLinks } from "@/lib/server/entity/rewrite-annotation-links";
import { recordEntityMergeChange } from "@/lib/server/entity/record-entity-merge-change";
import { entityMergeAfterSchema, entityMergeBeforeSchema } from "@/lib/server/entity/entity-merge-record";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

export type EntityMergeUndoResult = { target: EntityDTO; source: EntityDTO };

/**
 * Undoes a merge into `targetId` from its audit row: the source comes back
 * (not deleted, no mergedIntoId) with its own fields, the target gets back
 * the aliases, description and external id it had, and every mention and
 * claim link recorded as moved goes back to the source; links the merge
 * collapsed are recreated as they were. Only while neither entity has
 * changed since the merge (same versions as the merge left them): otherwise,
 * or when it was already undone, 409 and nothing changes. A mention someone
 * repointed since the merge stays where they put it.
 */
export async function undoEntityMerge(access: ProjectAccess, targetId: string, input: unknown): Promise<EntityMergeUndoResult> {
  const { project, role, userId } = access;
  if (!can(role, "entities.merge")) throw new AppError("FORBIDDEN", "Only reviewers and owners undo entity merges.");
  const data = parseInput(undoEntityMergeSchema, input, "Invalid undo.");
  const mergeId = data.mergeId;

  return transaction(async (tx) => {
    const entry = await tx.auditLog.findFirst({
      where: { id: BigInt(mergeId), projectId: project.id, action: "entity.merge", entityType: "Entity", entityId: targetId },
      select: { before: true, after: true },
    });
    const before = entityMergeBeforeSchema.safeParse(entry?.before);
    const after = entityMergeAfterSchema.safeParse(entry?.after);
    if (!entry || !before.success || !after.success) throw new AppError("NOT_FOUND", "Merge not found.");
    const { moved } = after.data;
    const sourceId = before.data.source.id;

    const locked = await lockEntities(tx, project.id, [targetId, sourceId]);
    const target = locked.get(targetId);
    const source = locked.get(sourceId);
    const unchanged =
      target && !target.deletedAt && target.version === after.data.target.version && source?.mergedIntoId === targetId && source.version === after.data.source.version;
    if (!target || !source || !unchanged) {
      throw new AppError(
        "CONFLICT",
        `This merge can no longer be undone: it was undone already, or "${before.data.target.name}" or "${before.data.source.name}" changed since. Nothing was changed.`,
      );
    }

    const claimIds = [...new Set([...moved.collapsedClaimLinks.map((l) => l.claimId)])];
    const movedLinks = await tx.claimEntity.findMany({ where: { id: { in: moved.claimLinkIds }, entityId: targetId }, select: { id: true, claimId: true } });
    const movedMentions = await tx.annotation.findMany({ where: { id: { in: moved.mentionIds }, projectId: project.id, entityId: targetId }, select: { id: true } });
    const liveClaims = new Set((await tx.annotation.findMany({ where: { id: { in: claimIds }, projectId: project.id }, select: { id: true } })).map((c) => c.id));
    const recreate = moved.collapsedClaimLinks.filter((l) => liveClaims.has(l.claimId));
    const touched = [...movedMentions.map((m) => m.id), ...movedLinks.map((l) => l.claimId), ...recreate.map((l) => l.claimId)];

    await rewriteAnnotationLinks(tx, { projectId: project.id, actorId: userId }, touched, async () => {
      await tx.annotation.updateMany({ where: { id: { in: movedMentions.map((m) => m.id) } }, data: { entityId: sourceId } });
      await tx.claimEntity.updateMany({ where: { id: { in: movedLinks.map((l) => l.id) } }, data: { entityId: sourceId } });
      await tx.claimEntity.createMany({
        data: recreate.map((l) => ({ id: l.id, claimId: l.claimId, entityId: sourceId, role: l.role, mentionId: l.mentionId, createdAt: new Date(l.createdAt) })),
      });
    });

    const was = before.data;
    const targetAfter = toEntityDTO(
      await tx.entity.update({
        where: { id: targetId },
        data: { aliases: was.target.aliases, description: was.target.description, externalId: was.target.externalId, version: { increment: 1 } },
        select: entityDtoSelect,
      }),
    );
    const sourceAfter = toEntityDTO(
      await tx.entity.update({ where: { id: sourceId }, data: { deletedAt: null, mergedIntoId: null, version: { increment: 1 } }, select: entityDtoSelect }),
    );
    await recordEntityMergeChange(tx, {
      projectId: project.id,
      actorId: userId,
      action: "entity.merge.undo",
      targetId,
      mergeId,
      before: { target: after.data.target, source: after.data.source },
      after: { mergeId, target: targetAfter, source: sourceAfter, restored: { mentionIds: movedMentions.map((m) => m.id), claimLinkIds: movedLinks.map((l) => l.id), recreatedClaimLinkIds: recreate.map((l) => l.id) } },
    });
    return { target: targetAfter, source: sourceAfter };
  });
}
