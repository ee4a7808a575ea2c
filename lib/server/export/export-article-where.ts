import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportScope } from "@/lib/server/export/export-scope";

/**
 * The articles an export covers: the project's live articles, narrowed by the
 * article filters only (ids, publication date). Annotation filters choose
 * annotations inside them, so an article whose annotations are all filtered
 * out is still exported, with its text: datasets keep their negatives.
 */
export function exportArticleWhere(scope: ExportScope): Prisma.ArticleWhereInput {
  const { filters } = scope;
  const where: Prisma.ArticleWhereInput = { projectId: scope.projectId, deletedAt: null };
  if (filters.articleIds) where.id = { in: filters.articleIds };
  if (filters.publishedFrom || filters.publishedTo) {
    where.publishedAt = {
      ...(filters.publishedFrom ? { gte: new Date(filters.publishedFrom) } : {}),
      ...(filters.publishedTo ? { lt: new Date(filters.publishedTo) } : {}),
    };
  }
  return where;
}
