import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";

// A person's notifications from projects they still belong to: leaving a
// project (or its deletion) silences what it said, as its pages do.
export async function visibleNotificationsWhere(tx: DbClient, userId: string): Promise<Prisma.NotificationWhereInput> {
  const memberships = await tx.membership.findMany({ where: { userId, project: { deletedAt: null } }, select: { projectId: true } });
  return { userId, OR: [{ projectId: null }, { projectId: { in: memberships.map((m) => m.projectId) } }] };
}
