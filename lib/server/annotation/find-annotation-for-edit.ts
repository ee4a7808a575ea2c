import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { canViewerSeeAuthorOnArticle } from "@/lib/server/assignment/can-viewer-see-author-on-article";

// An annotation about to be changed, with its author for the permission
// check. Annotations of a deleted article are gone with it. One hidden by
// blind annotation is NOT_FOUND like a missing one: answering FORBIDDEN
// would confirm that a colleague annotated there.
export async function findAnnotationForEdit(tx: DbClient, access: ProjectAccess, annotationId: string) {
  const row = await tx.annotation.findFirst({
    where: { id: annotationId, projectId: access.project.id, article: { deletedAt: null } },
    select: { ...annotationDtoSelect, authorId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Annotation not found.");
  const visible = await canViewerSeeAuthorOnArticle(tx, {
    viewerId: access.userId,
    projectId: access.project.id,
    articleId: row.articleId,
    authorId: row.authorId,
  });
  if (!visible) throw new AppError("NOT_FOUND", "Annotation not found.");
  return row;
}
