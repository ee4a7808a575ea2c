import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which annotations one article's list holds: those on its current revision,
 * live ones only unless `includeDeleted`, and only `authorId`'s when the
 * viewer is blinded (annotationVisibility decides that). Written both as a
 * Prisma filter and as SQL, side by side so the two cannot drift apart; the
 * integration test compares the reads that use them.
 */
export type AnnotationListScope = {
  projectId: string;
  articleId: string;
  revision: number;
  includeDeleted: boolean;
  authorId: string | null;
};

export function annotationListWhere(scope: AnnotationListScope): Prisma.AnnotationWhereInput {
  const where: Prisma.AnnotationWhereInput = { projectId: scope.projectId, articleId: scope.articleId, revision: scope.revision };
  if (!scope.includeDeleted) where.deletedAt = null;
  return { AND: [where, scope.authorId === null ? {} : { authorId: scope.authorId }] };
}

/** The same filter as annotationListWhere, for a query on `"Annotation"` (unaliased). */
export function annotationListSql(scope: AnnotationListScope): Prisma.Sql {
  const parts = [Prisma.sql`"projectId" = ${scope.projectId}`, Prisma.sql`"articleId" = ${scope.articleId}`, Prisma.sql`"revision" = ${scope.revision}`];
  if (!scope.includeDeleted) parts.push(Prisma.sql`"deletedAt" IS NULL`);
  if (scope.authorId !== null) parts.push(Prisma.sql`"authorId" = ${scope.authorId}`);
  return Prisma.join(parts, " AND ");
}
