import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnnotationColumnRows } from "@/lib/annotations/compact/annotation-column-row";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { annotationVisibility } from "@/lib/server/assignment/annotation-visibility";
import { findAnnotationColumnRows } from "@/lib/server/annotation/find-annotation-column-rows";

/**
 * listAnnotations' list (live annotations on the article's current text, in
 * reading order, under the same rights and the same blind-project rule) as
 * rows for compactAnnotationRows: the article page's read. The checks are
 * listAnnotations' own, step for step; the integration test
 * (find-annotation-dtos.test.ts) compares the two lists for each viewer.
 */
export async function listAnnotationColumnRows(access: ProjectAccess, articleId: string): Promise<AnnotationColumnRows> {
  assertCan(access, "project.view");
  const { project, role, userId } = access;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  const { visibility } = await annotationVisibility(db, { userId, role }, project, article.id);
  return findAnnotationColumnRows(db, {
    projectId: project.id,
    articleId: article.id,
    revision: article.revision,
    includeDeleted: false,
    authorId: visibility.kind === "own" ? visibility.authorId : null,
  });
}
