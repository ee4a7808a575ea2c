import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { CommentsBody } from "@/lib/review/review-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { commentDtoSelect, toCommentDTO } from "@/lib/server/comment/comment-dto-select";
import { listMentionableMembers } from "@/lib/server/comment/list-mentionable-members";

// The discussion of an annotation in writing order, with who can be
// mentioned. A deleted comment is listed only while live replies hang under it.
export async function listComments(access: ProjectAccess, annotationId: string): Promise<CommentsBody> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const annotation = await findVisibleAnnotation(access, userId, annotationId);
  const [rows, members] = await Promise.all([
    db.comment.findMany({ where: { annotationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentDtoSelect }),
    listMentionableMembers(db, access.project.id),
  ]);
  const liveParents = new Set(rows.flatMap((r) => (r.deletedAt === null && r.parentId ? [r.parentId] : [])));
  const shown = rows.filter((r) => r.deletedAt === null || liveParents.has(r.id));
  return {
    comments: shown.map((row) => toCommentDTO(row, members)),
    members,
    viewer: { id: userId, canComment: can(access.role, "comments.create") && !annotation.deletedAt },
  };
}
