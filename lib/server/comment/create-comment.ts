import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { CommentDTO } from "@/lib/review/review-dto";
import { createCommentSchema } from "@/lib/validations/comment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { createNotifications, type NewNotification } from "@/lib/server/notification/create-notifications";
import { commentDtoSelect, toCommentDTO } from "@/lib/server/comment/comment-dto-select";
import { commentExcerpt } from "@/lib/server/comment/comment-excerpt";
import { listMentionableMembers } from "@/lib/server/comment/list-mentionable-members";
import { recordCommentChange } from "@/lib/server/comment/record-comment-change";
import { resolveMentions } from "@/lib/server/comment/resolve-mentions";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// A comment on an annotation, or a reply. Threads are one level deep: a reply
// to a reply joins its thread (parentId becomes the thread's first comment),
// and the author of the comment replied to is told. Mentioned members get a
// MENTION; a REPLY is not sent on top to someone already mentioned.
export async function createComment(access: ProjectAccess, annotationId: string, input: unknown): Promise<CommentDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  if (!can(access.role, "comments.create")) throw new AppError("FORBIDDEN", "Viewers can read the discussion but not comment.");
  const data = parseInput(createCommentSchema, input, "Invalid comment.");
  const { body, parentId } = data;
  const { project } = access;

  return transaction(async (tx) => {
    const annotation = await findVisibleAnnotation(access, userId, annotationId, tx);
    if (annotation.deletedAt) throw new AppError("CONFLICT", "This annotation has been deleted; restore it before commenting.");
    let threadId: string | null = null;
    let repliedToAuthorId: string | null = null;
    if (parentId) {
      const parent = await tx.comment.findFirst({ where: { id: parentId, annotationId }, select: { parentId: true, authorId: true, deletedAt: true } });
      if (!parent) throw new AppError("BAD_REQUEST", "parentId is not a comment on this annotation.");
      if (parent.deletedAt) throw new AppError("BAD_REQUEST", "That comment has been deleted; reply to the thread instead.");
      threadId = parent.parentId ?? parentId;
      repliedToAuthorId = parent.authorId;
    }
    const mentions = await resolveMentions(tx, project.id, body);
    const row = await tx.comment.create({
      data: { annotationId, authorId: userId, parentId: threadId, body, mentions },
      select: commentDtoSelect,
    });
    await recordCommentChange(tx, {
      projectId: project.id,
      articleId: annotation.articleId,
      annotationId,
      commentId: row.id,
      actorId: userId,
      action: "comment.create",
      before: null,
      after: { body, parentId: threadId, mentions, deletedAt: null },
    });
    const base = { actorId: userId, projectId: project.id, articleId: annotation.articleId, annotationId };
    const payload = { commentId: row.id, excerpt: commentExcerpt(body) };
    const notices: NewNotification[] = mentions.map((id) => ({ ...base, userId: id, kind: "MENTION", payload }));
    if (repliedToAuthorId && !mentions.includes(repliedToAuthorId)) {
      notices.push({ ...base, userId: repliedToAuthorId, kind: "REPLY", payload });
    }
    await createNotifications(tx, notices);
    return toCommentDTO(row, await listMentionableMembers(tx, project.id));
  });
}
