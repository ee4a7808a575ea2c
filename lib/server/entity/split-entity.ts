import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { splitEntitySchema } from "@/lib/validations/entity-merge";
import { matchesAlias } from "@/lib/entities/matches-alias";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { lockEntities, requireLiveEntity } from "@/lib/server/entity/lock-entities";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { rewriteAnnotationLinks } from "@/lib/server/entity/rewrite-annotation-links";
import { recordEntityMergeChange } from "@/lib/server/entity/record-entity-merge-change";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

export type EntitySplitResult = { entity: EntityDTO; created: EntityDTO; moved: { mentions: number; claimLinks: number } };

/**
 * Splits one alias off an entity into a new entity of the same type (named
 * by the alias), for when two things were wrongly taken for one. The chosen
 * mentions go with it: each must be a mention of this entity whose text is
 * the alias, or the split is refused (400) before anything changes. Claim
 * links that point at a moved mention (the claim names the entity through
 * it) move with the mention; other links stay. Refused with 409 when the
 * entity changed since the person looked.
 */
export async function splitEntity(access: ProjectAccess, entityId: string, input: unknown): Promise<EntitySplitResult> {
  const { project, role, userId } = access;
  if (!can(role, "entities.merge")) throw new AppError("FORBIDDEN", "Only reviewers and owners split entities.");
  const data = parseInput(splitEntitySchema, input, "Invalid split.");
  const { version, alias, mentionIds } = data;

  return transaction(async (tx) => {
    const stored = requireLiveEntity(await lockEntities(tx, project.id, [entityId]), entityId);
    const before = toEntityDTO(stored);
    if (stored.version !== version) {
      throw new AppError("CONFLICT", `"${before.name}" changed since you looked (now at version ${before.version}). Nothing was split: check it again.`, { current: before });
    }
    const kept = stored.aliases.filter((a) => !matchesAlias(a, alias));
    if (kept.length === stored.aliases.length) throw new AppError("BAD_REQUEST", `"${alias}" is not an alias of "${before.name}".`);
    const name = stored.aliases.find((a) => matchesAlias(a, alias)) ?? alias;

    const ids = [...new Set(mentionIds)];
    const mentions = await tx.annotation.findMany({ where: { id: { in: ids }, projectId: project.id, kind: "ENTITY_MENTION" }, select: { id: true, entityId: true, exact: true } });
    for (const id of ids) {
      const mention = mentions.find((m) => m.id === id);
      if (!mention || mention.entityId !== entityId) throw new AppError("BAD_REQUEST", `mentionIds: "${id}" is not a mention of "${before.name}".`);
      if (!matchesAlias(mention.exact, alias)) throw new AppError("BAD_REQUEST", `mentionIds: the mention "${mention.exact}" does not read "${name}"; only mentions of the alias move with it.`);
    }
    const links = ids.length > 0 ? await tx.claimEntity.findMany({ where: { entityId, mentionId: { in: ids } }, select: { id: true, claimId: true } }) : [];

    const created = toEntityDTO(
      await tx.entity.create({ data: { projectId: project.id, typeId: stored.typeId, name, createdById: userId }, select: entityDtoSelect }),
    );
    await rewriteAnnotationLinks(tx, { projectId: project.id, actorId: userId }, [...ids, ...links.map((l) => l.claimId)], async () => {
      await tx.annotation.updateMany({ where: { id: { in: ids } }, data: { entityId: created.id } });
      await tx.claimEntity.updateMany({ where: { id: { in: links.map((l) => l.id) } }, data: { entityId: created.id } });
    });
    const entity = toEntityDTO(await tx.entity.update({ where: { id: entityId }, data: { aliases: kept, version: { increment: 1 } }, select: entityDtoSelect }));
    await recordEntityMergeChange(tx, {
      projectId: project.id,
      actorId: userId,
      action: "entity.split",
      targetId: entityId,
      before: { source: before },
      after: { source: entity, created, moved: { mentionIds: ids, claimLinkIds: links.map((l) => l.id) } },
    });
    return { entity, created, moved: { mentions: ids.length, claimLinks: links.length } };
  });
}
