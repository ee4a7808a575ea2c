import { AppError } from "@/lib/errors/app-error";
import { canEditAnnotation } from "@/lib/auth/permissions";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { updateEntitySchema } from "@/lib/validations/entity";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { recordEntityChange } from "@/lib/server/entity/record-entity-change";
import { assertEntityType } from "@/lib/server/entity/assert-entity-type";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Edits an entity made on `version`; a stale version gets CONFLICT with the
// stored entity (`details.current`). Annotators edit the entities they added,
// reviewers and owners any (the rule annotations follow). Mentions keep the
// type they were tagged with when an entity's type changes.
export async function updateEntity(access: ProjectAccess, entityId: string, input: unknown): Promise<EntityDTO> {
  assertCan(access, "project.view");
  const { project, role, userId } = access;
  const data = parseInput(updateEntitySchema, input, "Invalid change.");
  const { version, ...changes } = data;

  return transaction(async (tx) => {
    const stored = await tx.entity.findFirst({
      where: { id: entityId, projectId: project.id, deletedAt: null },
      select: { ...entityDtoSelect, createdById: true },
    });
    if (!stored) throw new AppError("NOT_FOUND", "Entity not found.");
    if (!canEditAnnotation(role, userId, stored.createdById ?? "")) {
      throw new AppError("FORBIDDEN", "You can only change entities you added; ask a reviewer to change this one.");
    }
    const conflict = (current: EntityDTO) =>
      new AppError(
        "CONFLICT",
        `Someone else changed "${current.name}" (it is now at version ${current.version}; you edited version ${version}). Your change was not saved: look at the current version and make it again.`,
        { current },
      );
    const before = toEntityDTO(stored);
    if (stored.version !== version) throw conflict(before);
    if (Object.values(changes).every((value) => value === undefined)) return before;
    if (changes.typeId !== undefined && changes.typeId !== stored.typeId) await assertEntityType(tx, project.id, changes.typeId);

    const written = await tx.entity.updateMany({
      where: { id: entityId, projectId: project.id, version, deletedAt: null },
      data: { ...changes, version: { increment: 1 } },
    });
    const current = await tx.entity.findFirst({ where: { id: entityId, projectId: project.id }, select: entityDtoSelect });
    if (!current) throw new AppError("NOT_FOUND", "Entity not found.");
    const after = toEntityDTO(current);
    if (written.count !== 1) throw conflict(after);
    await recordEntityChange(tx, { projectId: project.id, actorId: userId, action: "entity.update", before, after });
    return after;
  });
}
