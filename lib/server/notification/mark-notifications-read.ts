import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { markNotificationsReadSchema } from "@/lib/validations/notification";
import { countUnreadNotifications } from "@/lib/server/notification/count-unread-notifications";

// Marks some of one's own notifications read, or all of them. Ids of other
// people's notifications simply match nothing. Returns the unread count left.
export async function markNotificationsRead(userId: string, input: unknown, onlyProjectId: string | null = null): Promise<{ updated: number; unread: number }> {
  const parsed = markNotificationsReadSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Send { ids: [...] } or { all: true }.");
  const scope = { ...("ids" in parsed.data ? { id: { in: parsed.data.ids } } : {}), ...(onlyProjectId ? { projectId: onlyProjectId } : {}) };
  const written = await db.notification.updateMany({ where: { userId, readAt: null, ...scope }, data: { readAt: new Date() } });
  const unread = await countUnreadNotifications(userId, onlyProjectId);
  return { updated: written.count, unread };
}
