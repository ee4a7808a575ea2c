import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

export type EntityRef = { field: string; entityId: string };
export type UsableEntity = { id: string; name: string; typeId: string };

// Entities an annotation is about to point at must be this project's and not
// deleted. `field` names the API field in the message ("entityId",
// "entities[2].entityId"). Returns the entities by id.
export async function assertEntitiesUsable(tx: DbClient, projectId: string, refs: readonly EntityRef[]): Promise<Map<string, UsableEntity>> {
  const found = new Map<string, UsableEntity>();
  if (refs.length === 0) return found;
  const ids = [...new Set(refs.map((r) => r.entityId))];
  // Share locks until the link is committed: deleteEntity locks the row for
  // update before counting links, so a link and a delete never cross.
  await tx.$queryRaw`SELECT id FROM "Entity" WHERE "projectId" = ${projectId} AND id IN (${Prisma.join(ids)}) FOR SHARE`;
  const entities = await tx.entity.findMany({
    where: { projectId, id: { in: ids } },
    select: { id: true, name: true, typeId: true, deletedAt: true, mergedInto: { select: { name: true } } },
  });
  for (const { field, entityId } of refs) {
    const entity = entities.find((e) => e.id === entityId);
    if (!entity) throw new AppError("BAD_REQUEST", `${field} "${entityId}" is not an entity of this project.`);
    if (entity.deletedAt && entity.mergedInto) {
      // A version restored from before a merge names the merged-away entity: say where it went.
      throw new AppError("BAD_REQUEST", `${field}: the entity "${entity.name}" was merged into "${entity.mergedInto.name}"; link that one instead.`);
    }
    if (entity.deletedAt) throw new AppError("BAD_REQUEST", `${field}: the entity "${entity.name}" has been deleted.`);
    found.set(entity.id, { id: entity.id, name: entity.name, typeId: entity.typeId });
  }
  return found;
}
