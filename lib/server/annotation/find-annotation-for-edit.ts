import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";

// An annotation about to be changed, with its author for the permission
// check. Annotations of a deleted article are gone with it.
export async function findAnnotationForEdit(tx: DbClient, projectId: string, annotationId: string) {
  const row = await tx.annotation.findFirst({
    where: { id: annotationId, projectId, article: { deletedAt: null } },
    select: { ...annotationDtoSelect, authorId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Annotation not found.");
  return row;
}
