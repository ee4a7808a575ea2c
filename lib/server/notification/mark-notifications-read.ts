import { db } from "@/lib/db";
import { markNotificationsReadSchema } from "@/lib/validations/notification";
import { countUnreadNotifications } from "@/lib/server/notification/count-unread-notifications";
import { parseInput } from "@/lib/validations/parse-input";

// Marks some of one's own notifications read, or all of them. Ids of other
// people's notifications simply match nothing. Returns the unread count left.
export async function markNotificationsRead(userId: string, input: unknown, onlyProjectId: string | null = null): Promise<{ updated: number; unread: number }> {
  const data = parseInput(markNotificationsReadSchema, input, "Send { ids: [...] } or { all: true }.");
  const scope = { ...("ids" in data ? { id: { in: data.ids } } : {}), ...(onlyProjectId ? { projectId: onlyProjectId } : {}) };
  const written = await db.notification.updateMany({ where: { userId, readAt: null, ...scope }, data: { readAt: new Date() } });
  const unread = await countUnreadNotifications(userId, onlyProjectId);
  return { updated: written.count, unread };
}
