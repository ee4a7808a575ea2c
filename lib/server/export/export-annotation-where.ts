import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportScope } from "@/lib/server/export/export-scope";

/**
 * The annotations an export writes, inside the chosen articles: live ones,
 * narrowed by annotator, kind, last change, review state and status. The
 * status filter narrows claims only (mentions have no status): to export
 * only claims, filter on kind too. `statusIds` are the ids of the filter's
 * status keys (unknown keys match nothing).
 */
export function exportAnnotationWhere(scope: ExportScope, statusIds: string[] | null): Prisma.AnnotationWhereInput {
  const { filters } = scope;
  const and: Prisma.AnnotationWhereInput[] = [{ projectId: scope.projectId, deletedAt: null }];
  if (filters.annotatorIds) and.push({ authorId: { in: filters.annotatorIds } });
  if (filters.kinds) and.push({ kind: { in: filters.kinds } });
  if (filters.updatedFrom) and.push({ updatedAt: { gte: new Date(filters.updatedFrom) } });
  if (filters.updatedTo) and.push({ updatedAt: { lt: new Date(filters.updatedTo) } });
  if (filters.reviewState === "accepted") and.push({ reviewState: "ACCEPTED" });
  if (filters.reviewState === "gold") and.push({ isGold: true });
  if (statusIds) and.push({ OR: [{ kind: "ENTITY_MENTION" }, { statusId: { in: statusIds } }] });
  if (scope.blindAnnotatorId) {
    const me = scope.blindAnnotatorId;
    and.push({ OR: [{ authorId: me }, { article: { assignments: { some: { userId: me, status: "SUBMITTED" } } } }] });
  }
  return { AND: and };
}
