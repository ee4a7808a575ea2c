import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { entityDtoSelect, type EntityDtoRow } from "@/lib/server/entity/entity-dto-select";

export type LockedEntity = EntityDtoRow & { deletedAt: Date | null; mergedIntoId: string | null; createdById: string | null };

// Locks entities of the project for update, always in id order so two merges
// of the same pair (either way round) queue instead of deadlocking, then reads
// them. Linking takes a share lock on the entity (assertEntitiesUsable), so no
// mention or claim can be pointed at a locked entity until the change commits.
export async function lockEntities(tx: DbClient, projectId: string, ids: readonly string[]): Promise<Map<string, LockedEntity>> {
  const unique = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "Entity" WHERE "projectId" = ${projectId} AND id IN (${Prisma.join(unique)}) ORDER BY id FOR UPDATE`;
  const rows = await tx.entity.findMany({
    where: { projectId, id: { in: unique } },
    select: { ...entityDtoSelect, deletedAt: true, mergedIntoId: true, createdById: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export function requireLiveEntity(entities: Map<string, LockedEntity>, id: string, what = "Entity"): LockedEntity {
  const entity = entities.get(id);
  if (!entity || entity.deletedAt) throw new AppError("NOT_FOUND", `${what} not found.`);
  return entity;
}
