import { db } from "@/lib/db";
import { visibleNotificationsWhere } from "@/lib/server/notification/visible-notifications-where";

// The header badge's number: one indexed count (userId, readAt).
export async function countUnreadNotifications(userId: string, onlyProjectId: string | null = null): Promise<number> {
  return db.notification.count({ where: { ...(await visibleNotificationsWhere(db, userId, onlyProjectId)), readAt: null } });
}
