import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import type { DbClient } from "@/lib/server/db-client";

// An annotation the person may look at: of this project, on an article that
// still exists (deleted annotations included, their history still matters),
// and not hidden by blind annotation (an annotator sees colleagues' work on
// an article only after submitting their own, as in listAnnotations).
// Anything else is NOT_FOUND, so ids of hidden work are not confirmed.
export async function findVisibleAnnotation(access: ProjectAccess, userId: string, annotationId: string, tx: DbClient = db) {
  const row = await tx.annotation.findFirst({
    where: visibleAnnotationWhere(access, annotationId),
    select: {
      id: true,
      articleId: true,
      authorId: true,
      kind: true,
      exact: true,
      version: true,
      reviewState: true,
      deletedAt: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Annotation not found.");
  await assertNotBlinded(access, userId, row, tx);
  return row;
}

// The first half of the rule, as a `where`: for a caller that reads other
// fields of the annotation in the same statement (a review reads its DTO).
export function visibleAnnotationWhere(access: ProjectAccess, annotationId: string): Prisma.AnnotationWhereInput {
  return { id: annotationId, projectId: access.project.id, article: { deletedAt: null } };
}

// The second half, on a row read with that `where`.
export async function assertNotBlinded(access: ProjectAccess, userId: string, row: { articleId: string; authorId: string }, tx: DbClient = db): Promise<void> {
  if (access.project.blindAnnotation && access.role === "ANNOTATOR" && row.authorId !== userId) {
    const submitted = await tx.assignment.count({ where: { articleId: row.articleId, userId, status: "SUBMITTED" } });
    if (submitted === 0) throw new AppError("NOT_FOUND", "Annotation not found.");
  }
}
