import { db } from "@/lib/db";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { findAnnotationDTOs } from "@/lib/server/annotation/find-annotation-dtos";
import { annotationListWhere } from "@/lib/server/annotation/annotation-list-scope";
import { resolveAnnotationListScope } from "@/lib/server/annotation/resolve-annotation-list-scope";

export type ListAnnotationsOptions = { includeDeleted?: boolean };

// The annotations on an article's current text, in reading order, as the
// viewer may see them (resolveAnnotationListScope: rights, the article, the
// blind-project rule).
export async function listAnnotations(
  access: ProjectAccess,
  articleId: string,
  options: ListAnnotationsOptions = {},
): Promise<AnnotationDTO[]> {
  const scope = await resolveAnnotationListScope(access, articleId, options.includeDeleted === true);
  return findAnnotationDTOs(db, annotationListWhere(scope), [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }]);
}
