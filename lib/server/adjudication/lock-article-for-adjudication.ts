import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

export type AdjudicatedArticle = {
  id: string;
  title: string;
  text: string;
  revision: number;
  goldExcludedIds: string[];
  goldCompletedAt: Date | null;
};

// Adjudication decisions on one article run one at a time (FOR UPDATE): each
// recomputes the groups and rewrites the exclusion list, so two adjudicators
// deciding at once must not read the same list. A text correction takes the
// same row lock, so groups are never computed on words being replaced.
export async function lockArticleForAdjudication(tx: DbClient, projectId: string, articleId: string): Promise<AdjudicatedArticle> {
  const rows = await tx.$queryRaw<AdjudicatedArticle[]>`
    SELECT id, title, text, revision, "goldExcludedIds", "goldCompletedAt" FROM "Article"
    WHERE id = ${articleId} AND "projectId" = ${projectId} AND "deletedAt" IS NULL
    FOR UPDATE`;
  const article = rows[0];
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  return article;
}
