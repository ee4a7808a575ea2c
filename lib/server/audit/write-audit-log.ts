import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";

export type AuditEntry = {
  projectId?: string | null;
  actorId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  requestId?: string | null;
};

// Call with the transaction that makes the change, so the change and its
// audit row commit or roll back together. Returns the row's id, for records
// that are referred to later (an entity merge is undone by its audit id).
export async function writeAuditLog(tx: DbClient, entry: AuditEntry): Promise<bigint> {
  const row = await tx.auditLog.create({
    data: {
      projectId: entry.projectId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      requestId: entry.requestId ?? null,
    },
    select: { id: true },
  });
  return row.id;
}
