import { AppError } from "@/lib/errors/app-error";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { entityVersionSchema } from "@/lib/validations/entity";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { recordEntityChange } from "@/lib/server/entity/record-entity-change";
import { describeEntityUse } from "@/lib/server/entity/describe-entity-use";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Soft delete by a reviewer or owner, guarded by the version they saw.
// An entity that live mentions or claims still point at is refused (409 with
// the counts), never unlinked behind their authors' backs: those links are
// someone's fact-checking work, so a person removes them first, in the
// claims themselves. The row is locked first; linking takes a share lock on
// the entity (assertEntitiesUsable), so a link made meanwhile either
// finishes before the count (and is counted) or sees the deletion.
export async function deleteEntity(access: ProjectAccess, entityId: string, input: unknown): Promise<EntityDTO> {
  assertCan(access, "annotations.editAny");
  const { project, userId } = access;
  const data = parseInput(entityVersionSchema, input, "Send the version you saw.");
  const { version } = data;

  return transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Entity" WHERE id = ${entityId} AND "projectId" = ${project.id} FOR UPDATE`;
    const stored = await tx.entity.findFirst({ where: { id: entityId, projectId: project.id, deletedAt: null }, select: entityDtoSelect });
    if (!stored) throw new AppError("NOT_FOUND", "Entity not found.");
    const before = toEntityDTO(stored);
    if (stored.version !== version) {
      throw new AppError(
        "CONFLICT",
        `Someone else changed "${before.name}" (it is now at version ${before.version}; you saw version ${version}). It was not deleted: look at the current version first.`,
        { current: before },
      );
    }
    const [mentions, claims] = await Promise.all([
      tx.annotation.count({ where: { projectId: project.id, entityId, deletedAt: null } }),
      tx.annotation.count({ where: { projectId: project.id, deletedAt: null, claimEntities: { some: { entityId } } } }),
    ]);
    if (mentions + claims > 0) {
      throw new AppError(
        "CONFLICT",
        `"${before.name}" is still used by ${describeEntityUse(mentions, claims)}. Unlink it there first (in each claim's or mention's panel), then delete it.`,
        { inUse: { mentions, claims } },
      );
    }
    const row = await tx.entity.update({
      where: { id: entityId },
      data: { deletedAt: new Date(), version: { increment: 1 } },
      select: entityDtoSelect,
    });
    const after = toEntityDTO(row);
    await recordEntityChange(tx, { projectId: project.id, actorId: userId, action: "entity.delete", before, after });
    return after;
  });
}
