import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

// A live comment on this annotation that the person wrote: only authors edit
// or delete their comments (what someone said is theirs to change).
export async function findOwnComment(tx: DbClient, annotationId: string, commentId: string, userId: string) {
  const comment = await tx.comment.findFirst({
    where: { id: commentId, annotationId },
    select: { id: true, authorId: true, body: true, parentId: true, mentions: true, deletedAt: true },
  });
  if (!comment || comment.deletedAt) throw new AppError("NOT_FOUND", "Comment not found.");
  if (comment.authorId !== userId) throw new AppError("FORBIDDEN", "You can only change your own comments.");
  return comment;
}
