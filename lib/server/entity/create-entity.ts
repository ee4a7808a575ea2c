import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { createEntitySchema } from "@/lib/validations/entity";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { recordEntityChange } from "@/lib/server/entity/record-entity-change";
import { assertEntityType } from "@/lib/server/entity/assert-entity-type";
import { entityDtoSelect } from "@/lib/server/entity/entity-dto-select";
import { toEntityDTO } from "@/lib/server/entity/to-entity-dto";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Anyone who may annotate may add an entity: annotators meet new people and
// places in the text and link their mentions straight away.
export async function createEntity(access: ProjectAccess, input: unknown): Promise<EntityDTO> {
  assertCan(access, "annotations.create");
  const { project, userId } = access;
  const data = parseInput(createEntitySchema, input, "Invalid entity.");
  const values = data;

  return transaction(async (tx) => {
    await assertEntityType(tx, project.id, values.typeId);
    const row = await tx.entity.create({
      data: { projectId: project.id, ...values, createdById: userId },
      select: entityDtoSelect,
    });
    const entity = toEntityDTO(row);
    await recordEntityChange(tx, { projectId: project.id, actorId: userId, action: "entity.create", before: null, after: entity });
    return entity;
  });
}
