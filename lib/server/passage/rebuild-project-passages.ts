import type { DbClient } from "@/lib/server/db-client";
import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";

// (Re)builds the passage index of every live article of a project, one
// article at a time: for the demo seed, the benchmark, and an operator who
// restores a database without its derived tables. Returns passages written.
export async function rebuildProjectPassages(client: DbClient, projectId: string): Promise<number> {
  const articles = await client.article.findMany({
    where: { projectId, deletedAt: null },
    select: { id: true, projectId: true, revision: true, text: true },
    orderBy: { id: "asc" },
  });
  let total = 0;
  for (const article of articles) total += await indexArticlePassages(client, article);
  // Articles deleted since the last build leave no passages (and counts) behind.
  const deleted = await client.article.findMany({
    where: { projectId, deletedAt: { not: null }, passages: { some: {} } },
    select: { id: true, projectId: true, revision: true },
  });
  for (const article of deleted) await indexArticlePassages(client, { ...article, text: "" }, []);
  return total;
}
