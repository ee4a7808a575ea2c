import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findAnnotationDTOs } from "@/lib/server/annotation/find-annotation-dtos";
import { annotationVisibility } from "@/lib/server/assignment/annotation-visibility";

export type ListAnnotationsOptions = { includeDeleted?: boolean };

// The annotations on an article's current text, in reading order. In a
// blind-annotation project an annotator sees only their own until their
// assignment on the article is submitted, so colleagues cannot sway them
// (the rule lives in annotationVisibility).
export async function listAnnotations(
  access: ProjectAccess,
  articleId: string,
  options: ListAnnotationsOptions = {},
): Promise<AnnotationDTO[]> {
  assertCan(access, "project.view");
  const { project, role, userId } = access;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");

  const where: Prisma.AnnotationWhereInput = { projectId: project.id, articleId: article.id, revision: article.revision };
  if (!options.includeDeleted) where.deletedAt = null;
  const visible = await annotationVisibility(db, { userId, role }, project, article.id);
  return findAnnotationDTOs(db, { AND: [where, visible.where] }, [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }]);
}
