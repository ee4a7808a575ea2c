import type { PrismaClient } from "@/lib/generated/prisma/client";
import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";

// Indexes every live article whose current revision has no passages yet:
// the articles of a database created before the passage index existed (the
// migration adds an empty table), or restored without derived tables. Each
// article in its own transaction; articles already indexed are not touched,
// so running it on every start costs one query.
export async function indexUnindexedArticles(client: PrismaClient): Promise<number> {
  const missing = await client.$queryRaw<Array<{ id: string; projectId: string; revision: number }>>`
    SELECT a."id", a."projectId", a."revision" FROM "Article" a
     WHERE a."deletedAt" IS NULL AND a."text" <> ''
       AND NOT EXISTS (SELECT 1 FROM "ArticlePassage" p WHERE p."articleId" = a."id" AND p."revision" = a."revision")`;
  for (const row of missing) {
    await client.$transaction(async (tx) => {
      const article = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, projectId: true, revision: true, text: true } });
      await indexArticlePassages(tx, article);
    }, { timeout: 60_000 });
  }
  return missing.length;
}
