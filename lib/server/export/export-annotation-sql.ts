import { Prisma } from "@/lib/generated/prisma/client";
import type { ExportScope } from "@/lib/server/export/export-scope";

/**
 * The SQL condition (on `"Annotation" a`) for the annotations an export
 * writes: live ones, narrowed by annotator, kind, last change, review state
 * and status. The status filter narrows claims only (mentions have no
 * status): to export only claims, filter on kind too. `statusIds` are the
 * ids of the filter's status keys (unknown keys match nothing). SQL rather
 * than a Prisma `where` because the loader fetches each batch in one raw
 * statement (see `findExportAnnotationRows`); the estimate uses it too, so
 * the filters are written once.
 */
export function exportAnnotationSql(scope: ExportScope, statusIds: string[] | null): Prisma.Sql {
  const { filters } = scope;
  // Timestamps are stored as UTC without a zone; ISO strings cast to them.
  const parts: Prisma.Sql[] = [Prisma.sql`a."projectId" = ${scope.projectId}`, Prisma.sql`a."deletedAt" IS NULL`];
  if (filters.annotatorIds) parts.push(Prisma.sql`a."authorId" = ANY(${filters.annotatorIds}::text[])`);
  if (filters.kinds) parts.push(Prisma.sql`a.kind::text = ANY(${filters.kinds}::text[])`);
  if (filters.updatedFrom) parts.push(Prisma.sql`a."updatedAt" >= ${filters.updatedFrom}::timestamptz AT TIME ZONE 'UTC'`);
  if (filters.updatedTo) parts.push(Prisma.sql`a."updatedAt" < ${filters.updatedTo}::timestamptz AT TIME ZONE 'UTC'`);
  if (filters.reviewState === "accepted") parts.push(Prisma.sql`a."reviewState" = 'ACCEPTED'`);
  if (filters.reviewState === "gold") parts.push(Prisma.sql`a."isGold"`);
  if (statusIds) parts.push(Prisma.sql`(a.kind = 'ENTITY_MENTION' OR a."statusId" = ANY(${statusIds}::text[]))`);
  if (scope.blindAnnotatorId) {
    const me = scope.blindAnnotatorId;
    parts.push(Prisma.sql`(a."authorId" = ${me} OR EXISTS (SELECT 1 FROM "Assignment" s
      WHERE s."articleId" = a."articleId" AND s."userId" = ${me} AND s.status = 'SUBMITTED'))`);
  }
  return Prisma.join(parts, " AND ");
}
