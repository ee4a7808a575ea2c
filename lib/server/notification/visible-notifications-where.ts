import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";

// A person's notifications from projects they still belong to: leaving a
// project (or its deletion) silences what it said, as its pages do. An API
// token bound to one project (`onlyProjectId`) sees that project's only.
export async function visibleNotificationsWhere(tx: DbClient, userId: string, onlyProjectId: string | null = null): Promise<Prisma.NotificationWhereInput> {
  const memberships = await tx.membership.findMany({
    where: { userId, project: { deletedAt: null }, ...(onlyProjectId ? { projectId: onlyProjectId } : {}) },
    select: { projectId: true },
  });
  const projectIds = memberships.map((m) => m.projectId);
  return { userId, OR: onlyProjectId ? [{ projectId: { in: projectIds } }] : [{ projectId: null }, { projectId: { in: projectIds } }] };
}
