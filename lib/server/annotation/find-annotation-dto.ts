import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";

// The stored state of one annotation of a project, deleted or not. Not a
// permission boundary: callers have already checked access to the project.
export async function findAnnotationDTO(tx: DbClient, projectId: string, annotationId: string): Promise<AnnotationDTO | null> {
  const row = await tx.annotation.findFirst({ where: { id: annotationId, projectId }, select: annotationDtoSelect });
  return row ? toAnnotationDTO(row) : null;
}
