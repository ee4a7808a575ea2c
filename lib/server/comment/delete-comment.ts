import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { CommentDTO } from "@/lib/review/review-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { commentDtoSelect, toCommentDTO } from "@/lib/server/comment/comment-dto-select";
import { findOwnComment } from "@/lib/server/comment/find-own-comment";
import { recordCommentChange } from "@/lib/server/comment/record-comment-change";
import { transaction } from "@/lib/db/transaction";

// Soft delete of one's own comment: the row stays for the audit trail and
// as the head of its replies; the thread shows "deleted" in its place.
export async function deleteComment(access: ProjectAccess, annotationId: string, commentId: string): Promise<CommentDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  if (!can(access.role, "comments.create")) throw new AppError("FORBIDDEN", "Viewers can read the discussion but not comment.");
  const { project } = access;

  return transaction(async (tx) => {
    const annotation = await findVisibleAnnotation(access, userId, annotationId, tx);
    const stored = await findOwnComment(tx, annotationId, commentId, userId);
    const row = await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date() }, select: commentDtoSelect });
    const snapshot = { body: stored.body, parentId: stored.parentId, mentions: stored.mentions };
    await recordCommentChange(tx, {
      projectId: project.id,
      articleId: annotation.articleId,
      annotationId,
      commentId,
      actorId: userId,
      action: "comment.delete",
      before: { ...snapshot, deletedAt: null },
      after: { ...snapshot, deletedAt: row.deletedAt!.toISOString() },
    });
    return toCommentDTO(row, []);
  });
}
