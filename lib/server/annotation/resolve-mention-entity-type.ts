import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { assertEntitiesUsable } from "@/lib/server/entity/assert-entities-usable";

// A mention's type: the one given, or the linked entity's when none is given.
// A type that differs from the linked entity's is refused: "Paris" the person
// linked to a location mention is a slip, not a judgement worth storing.
export async function resolveMentionEntityType(
  tx: DbClient,
  projectId: string,
  mention: { entityId: string | null; entityTypeId: string | null | undefined },
): Promise<string> {
  if (!mention.entityId) {
    if (!mention.entityTypeId) {
      throw new AppError("BAD_REQUEST", "An entity mention needs entityTypeId (or entityId, whose type it then takes).");
    }
    return mention.entityTypeId;
  }
  const entities = await assertEntitiesUsable(tx, projectId, [{ field: "entityId", entityId: mention.entityId }]);
  const entity = entities.get(mention.entityId);
  if (!entity) throw new AppError("BAD_REQUEST", `entityId "${mention.entityId}" is not an entity of this project.`);
  if (!mention.entityTypeId) return entity.typeId;
  if (mention.entityTypeId !== entity.typeId) {
    throw new AppError("BAD_REQUEST", `entityTypeId must be the type of the linked entity "${entity.name}"; leave it out to use that type.`);
  }
  return mention.entityTypeId;
}
