import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ArticlePreviewItem, ImportItemError } from "./article-import-types";
import type { ArticleImportRequest } from "./article-import-request-schema";
import { buildArticlePreview, type BuiltArticle } from "./build-article-preview";
import { compareItemKeys } from "./compare-item-keys";
import { findExistingHashes } from "./find-existing-hashes";
import type { ImportLimits } from "./import-limits";
import { readArticleSources } from "./read-article-sources";

export type PlannedArticle = BuiltArticle & { item: ArticlePreviewItem; include: boolean };

/**
 * Reads the files, extracts every article with the user's choices, and marks
 * duplicates: of a live article in the project (same content hash) or of an
 * earlier item of the same batch. Shared by preview and commit; reads only.
 */
export async function planArticleImport(
  tx: DbClient,
  projectId: string,
  request: ArticleImportRequest,
  limits: ImportLimits,
): Promise<{ items: PlannedArticle[]; errors: ImportItemError[] }> {
  if (request.files.length > limits.maxFiles) {
    throw new AppError("BAD_REQUEST", `Send at most ${limits.maxFiles} files at once; this batch has ${request.files.length}.`);
  }
  const { sources, errors } = readArticleSources(request.files, limits);
  const choices = new Map((request.choices ?? []).map((choice) => [choice.key, choice]));
  const built: Array<BuiltArticle & { include: boolean }> = [];
  for (const source of sources) {
    const choice = choices.get(source.key);
    const result = buildArticlePreview(source, choice, request.stripLeadingLabels);
    if ("error" in result) errors.push({ key: source.key, fileName: source.fileName, line: source.line, message: result.error });
    else built.push({ ...result, include: choice?.include ?? true });
  }
  const existing = await findExistingHashes(tx, projectId, built.map((b) => b.item.contentHash));
  const firstInBatch = new Map<string, string>();
  const items = built.map((b): PlannedArticle => {
    const hash = b.item.contentHash;
    const stored = existing.get(hash);
    const earlier = firstInBatch.get(hash);
    // An item the user left out cannot make a later one a duplicate.
    if (!stored && !earlier && b.include) firstInBatch.set(hash, b.item.key);
    const duplicateOf = stored ?? (earlier ? { key: earlier } : null);
    return { ...b, item: { ...b.item, duplicateOf } };
  });
  errors.sort((a, b) => compareItemKeys(a.key, b.key));
  return { items, errors };
}

