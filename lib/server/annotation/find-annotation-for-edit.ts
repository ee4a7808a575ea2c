import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { isBlinded } from "@/lib/workflow/is-blinded";

// An annotation about to be changed, with its author for the permission
// check. Annotations of a deleted article are gone with it. One hidden by
// blind annotation is NOT_FOUND like a missing one: answering FORBIDDEN
// would confirm that a colleague annotated there. The rule is
// canViewerSeeAuthorOnArticle's, with the role and the project's blind
// setting taken from `access` (checked for this request) instead of reading
// the membership again: one query less on every edit and delete (bench:load).
export async function findAnnotationForEdit(tx: DbClient, access: ProjectAccess, annotationId: string) {
  const row = await tx.annotation.findFirst({
    where: { id: annotationId, projectId: access.project.id, article: { deletedAt: null } },
    select: { ...annotationDtoSelect, authorId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Annotation not found.");
  if (row.authorId === access.userId) return row;
  const blind = { blindAnnotation: access.project.blindAnnotation, role: access.role };
  if (!isBlinded({ ...blind, submitted: false })) return row;
  const submitted = await tx.assignment.count({ where: { articleId: row.articleId, userId: access.userId, status: "SUBMITTED" } });
  if (isBlinded({ ...blind, submitted: submitted > 0 })) throw new AppError("NOT_FOUND", "Annotation not found.");
  return row;
}
