import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { EntityDtoRow } from "@/lib/server/entity/entity-dto-select";

// The one place a stored entity becomes its API shape.
export function toEntityDTO(row: EntityDtoRow): EntityDTO {
  return {
    id: row.id,
    typeId: row.typeId,
    name: row.name,
    aliases: [...row.aliases],
    description: row.description,
    externalId: row.externalId,
    version: row.version,
  };
}
