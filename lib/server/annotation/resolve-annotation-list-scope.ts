import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { annotationVisibility } from "@/lib/server/assignment/annotation-visibility";
import type { AnnotationListScope } from "@/lib/server/annotation/annotation-list-scope";

/**
 * The checks before any read of an article's annotation list, and the scope
 * they leave: the viewer may see the project, the article is live in it
 * (else NOT_FOUND), the list is of its current revision, and in a
 * blind-annotation project an annotator whose assignment is not submitted
 * sees only their own (annotationVisibility), so colleagues cannot sway them.
 * One place, so the API's list and the article page's read cannot differ.
 */
export async function resolveAnnotationListScope(
  access: ProjectAccess,
  articleId: string,
  includeDeleted: boolean,
): Promise<AnnotationListScope> {
  assertCan(access, "project.view");
  const { project, role, userId } = access;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  const { visibility } = await annotationVisibility(db, { userId, role }, project, article.id);
  return {
    projectId: project.id,
    articleId: article.id,
    revision: article.revision,
    includeDeleted,
    authorId: visibility.kind === "own" ? visibility.authorId : null,
  };
}
