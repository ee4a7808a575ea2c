import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { CommentDTO } from "@/lib/review/review-dto";
import { updateCommentSchema } from "@/lib/validations/comment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { createNotifications } from "@/lib/server/notification/create-notifications";
import { commentDtoSelect, toCommentDTO } from "@/lib/server/comment/comment-dto-select";
import { commentExcerpt } from "@/lib/server/comment/comment-excerpt";
import { findOwnComment } from "@/lib/server/comment/find-own-comment";
import { listMentionableMembers } from "@/lib/server/comment/list-mentionable-members";
import { recordCommentChange } from "@/lib/server/comment/record-comment-change";
import { resolveMentions } from "@/lib/server/comment/resolve-mentions";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Rewrites one's own comment. Only people mentioned for the first time are
// notified; those already told are not told again.
export async function updateComment(access: ProjectAccess, annotationId: string, commentId: string, input: unknown): Promise<CommentDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  if (!can(access.role, "comments.create")) throw new AppError("FORBIDDEN", "Viewers can read the discussion but not comment.");
  const data = parseInput(updateCommentSchema, input, "Invalid comment.");
  const { body } = data;
  const { project } = access;

  return transaction(async (tx) => {
    const annotation = await findVisibleAnnotation(access, userId, annotationId, tx);
    const stored = await findOwnComment(tx, annotationId, commentId, userId);
    const mentions = await resolveMentions(tx, project.id, body);
    const row = await tx.comment.update({ where: { id: commentId }, data: { body, mentions }, select: commentDtoSelect });
    await recordCommentChange(tx, {
      projectId: project.id,
      articleId: annotation.articleId,
      annotationId,
      commentId,
      actorId: userId,
      action: "comment.update",
      before: { body: stored.body, parentId: stored.parentId, mentions: stored.mentions, deletedAt: null },
      after: { body, parentId: stored.parentId, mentions, deletedAt: null },
    });
    const added = mentions.filter((id) => !stored.mentions.includes(id));
    await createNotifications(
      tx,
      added.map((id) => ({
        userId: id,
        kind: "MENTION" as const,
        actorId: userId,
        projectId: project.id,
        articleId: annotation.articleId,
        annotationId,
        payload: { commentId, excerpt: commentExcerpt(body) },
      })),
    );
    return toCommentDTO(row, await listMentionableMembers(tx, project.id));
  });
}
