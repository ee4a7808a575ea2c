import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/validations/search";

export type SearchScope = {
  projectId: string;
  /** Set in blind mode: only this user's annotations, or any on articles they submitted. */
  blindUserId: string | null;
};

const and = (parts: Prisma.Sql[]) => (parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND "));

// On `"Article" a`: live, in the project, outlet and publication date.
export function articleConditions(scope: SearchScope, query: SearchQuery): Prisma.Sql {
  const parts = [Prisma.sql`a."projectId" = ${scope.projectId}`, Prisma.sql`a."deletedAt" IS NULL`];
  if (query.outlet !== undefined) parts.push(Prisma.sql`a."outlet" = ${query.outlet}`);
  if (query.from !== undefined) parts.push(Prisma.sql`a."publishedAt" >= ${query.from}::date`);
  if (query.to !== undefined) parts.push(Prisma.sql`a."publishedAt" < ${query.to}::date + 1`);
  return and(parts);
}

// On `"Annotation" an` (joined to its article `a`): live, on the article's
// current text, visible to the reader (blind mode: the same rule as
// annotationVisibility, as SQL over every article at once), and the
// annotation filters. `writer` is who wrote the searched row, for the
// annotator filter (the annotation's author, or the evidence's or comment's).
export function annotationConditions(scope: SearchScope, query: SearchQuery, writer: Prisma.Sql): Prisma.Sql {
  const parts = [
    articleConditions(scope, query),
    Prisma.sql`an."articleId" = a."id"`,
    Prisma.sql`an."deletedAt" IS NULL`,
    Prisma.sql`an."revision" = a."revision"`,
  ];
  if (scope.blindUserId !== null) {
    parts.push(Prisma.sql`(an."authorId" = ${scope.blindUserId} OR EXISTS (
      SELECT 1 FROM "Assignment" s
       WHERE s."articleId" = an."articleId" AND s."userId" = ${scope.blindUserId} AND s."status" = 'SUBMITTED'))`);
  }
  if (query.status !== undefined) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Label" st WHERE st."id" = an."statusId" AND st."key" = ${query.status})`);
  }
  if (query.reviewState !== undefined) parts.push(Prisma.sql`an."reviewState"::text = ${query.reviewState}`);
  if (query.annotator !== undefined) parts.push(Prisma.sql`${writer} = ${query.annotator}`);
  return and(parts);
}
