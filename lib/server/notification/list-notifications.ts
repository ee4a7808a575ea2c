import { db } from "@/lib/db";
import type { InboxBody, NotificationDTO } from "@/lib/review/review-dto";
import { visibleNotificationsWhere } from "@/lib/server/notification/visible-notifications-where";

export const INBOX_LIMIT = 100;

// The signed-in person's inbox: unread first, then newest first, with what
// each line needs (who, where, the annotation's words, a link into the editor).
export async function listNotifications(userId: string, onlyProjectId: string | null = null): Promise<InboxBody> {
  const where = await visibleNotificationsWhere(db, userId, onlyProjectId);
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      take: INBOX_LIMIT,
      select: {
        id: true,
        kind: true,
        actorId: true,
        projectId: true,
        articleId: true,
        payload: true,
        readAt: true,
        createdAt: true,
        annotation: { select: { id: true, exact: true, article: { select: { id: true, title: true } } } },
      },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
  const [actors, projects] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.project.findMany({ where: { id: { in: projectIds } }, select: { id: true, slug: true, name: true } }),
  ]);
  const notifications = rows.map((row): NotificationDTO => {
    const project = projects.find((p) => p.id === row.projectId) ?? null;
    const article = row.annotation?.article ?? null;
    const href =
      project && article && row.annotation
        ? `/projects/${encodeURIComponent(project.slug)}/articles/${article.id}?annotation=${row.annotation.id}`
        : null;
    return {
      id: row.id,
      kind: row.kind,
      actor: actors.find((a) => a.id === row.actorId) ?? null,
      project: project ? { slug: project.slug, name: project.name } : null,
      article,
      annotation: row.annotation ? { id: row.annotation.id, exact: row.annotation.exact } : null,
      payload: typeof row.payload === "object" && row.payload !== null && !Array.isArray(row.payload) ? (row.payload as Record<string, unknown>) : {},
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      href,
    };
  });
  return { notifications, unread };
}
