import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  actorId: string;
  projectId: string;
  articleId: string;
  annotationId: string;
  payload: Prisma.InputJsonValue;
};

// Written in the transaction of the change that causes them, so nobody is
// told about a decision or a comment that rolled back. Nobody is notified of
// their own action.
export async function createNotifications(tx: DbClient, notifications: readonly NewNotification[]): Promise<number> {
  const data = notifications.filter((n) => n.userId !== n.actorId);
  if (data.length === 0) return 0;
  const written = await tx.notification.createMany({ data: [...data] });
  return written.count;
}
