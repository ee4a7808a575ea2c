import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

// An entity's type is one of the project's entity-type labels, not archived.
export async function assertEntityType(tx: DbClient, projectId: string, typeId: string): Promise<void> {
  const label = await tx.label.findFirst({ where: { id: typeId, projectId }, select: { kind: true, name: true, archivedAt: true } });
  if (!label) throw new AppError("BAD_REQUEST", `typeId "${typeId}" is not an entity type of this project.`);
  if (label.kind !== "ENTITY_TYPE") throw new AppError("BAD_REQUEST", `typeId must be an entity type, but "${label.name}" is not one.`);
  if (label.archivedAt) throw new AppError("BAD_REQUEST", `typeId: the entity type "${label.name}" is archived; choose another.`);
}
