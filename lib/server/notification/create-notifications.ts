import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { canViewerSeeAuthorOnArticle } from "@/lib/server/assignment/can-viewer-see-author-on-article";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  actorId: string;
  projectId: string;
  articleId: string;
  annotationId: string;
  payload: Prisma.InputJsonValue;
  // The annotation's author, when the caller has just read it (a review):
  // saves reading it again here.
  annotationAuthorId?: string;
};

// Written in the transaction of the change that causes them, so nobody is
// told about a decision or a comment that rolled back. Nobody is notified of
// their own action, and nobody of an annotation blind annotation hides from
// them (a mention by a reviewer must not show an annotator a colleague's
// claim, nor its excerpt, before they have submitted their own work).
export async function createNotifications(tx: DbClient, notifications: readonly NewNotification[]): Promise<number> {
  const candidates = notifications.filter((n) => n.userId !== n.actorId);
  if (candidates.length === 0) return 0;
  const unknown = [...new Set(candidates.filter((n) => n.annotationAuthorId === undefined).map((n) => n.annotationId))];
  const authors = new Map(
    unknown.length === 0
      ? []
      : (await tx.annotation.findMany({ where: { id: { in: unknown } }, select: { id: true, authorId: true } })).map((a) => [a.id, a.authorId]),
  );
  const data: NewNotification[] = [];
  for (const n of candidates) {
    const visible = await canViewerSeeAuthorOnArticle(tx, {
      viewerId: n.userId,
      projectId: n.projectId,
      articleId: n.articleId,
      authorId: n.annotationAuthorId ?? authors.get(n.annotationId) ?? null,
    });
    if (visible) data.push(n);
  }
  if (data.length === 0) return 0;
  const written = await tx.notification.createMany({ data: data.map(({ annotationAuthorId: _known, ...row }) => row) });
  return written.count;
}
