import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleImportResult, DuplicateOf } from "./article-import-types";
import { createImportedArticle } from "./create-imported-article";
import type { PlannedArticle } from "./plan-article-import";

export type SavedImportChunk = Pick<ArticleImportResult, "created" | "duplicates">;

/**
 * Saves planned articles in the caller's transaction (which holds the
 * project's import lock), skipping any whose text the project already holds
 * (`existing`, read under that lock) or an earlier item of the same list
 * holds. The content hash is what makes importing the same article twice,
 * or a retried background import, create it once.
 */
export async function saveArticleImportChunk(
  tx: Prisma.TransactionClient,
  projectId: string,
  userId: string,
  wanted: readonly PlannedArticle[],
  existing: ReadonlyMap<string, DuplicateOf>,
): Promise<SavedImportChunk> {
  const saved: SavedImportChunk = { created: [], duplicates: [] };
  const seen = new Map<string, string>();
  for (const planned of wanted) {
    const { item } = planned;
    const earlier = seen.get(item.contentHash);
    const duplicateOf = existing.get(item.contentHash) ?? (earlier ? { key: earlier } : null);
    if (duplicateOf) {
      saved.duplicates.push({ key: item.key, fileName: item.fileName, duplicateOf });
      continue;
    }
    seen.set(item.contentHash, item.key);
    const articleId = await createImportedArticle(tx, projectId, userId, planned);
    saved.created.push({ key: item.key, articleId, title: item.metadata.title });
  }
  return saved;
}
