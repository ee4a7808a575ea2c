import { db } from "@/lib/db";
import type { AnnotationColumnRows } from "@/lib/annotations/compact/annotation-column-row";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { findAnnotationColumnRows } from "@/lib/server/annotation/find-annotation-column-rows";
import { resolveAnnotationListScope } from "@/lib/server/annotation/resolve-annotation-list-scope";

/**
 * listAnnotations' list (live annotations on the article's current text, in
 * reading order, under the same checks: resolveAnnotationListScope) as rows
 * for compactAnnotationRows: the article page's read. The integration test
 * (find-annotation-dtos.test.ts) compares the two lists for each viewer.
 */
export async function listAnnotationColumnRows(access: ProjectAccess, articleId: string): Promise<AnnotationColumnRows> {
  return findAnnotationColumnRows(db, await resolveAnnotationListScope(access, articleId, false));
}
