import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { recordEvent } from "@/lib/server/event/record-event";
import type { ArticleImportResult } from "./article-import-types";
import { articleImportRequestSchema } from "./article-import-request-schema";
import { findExistingHashes } from "./find-existing-hashes";
import { importLimits } from "./import-limits";
import { lockProjectImports } from "./lock-project-imports";
import { planArticleImport } from "./plan-article-import";
import { saveArticleImportChunk } from "./save-article-import-chunk";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

/**
 * Saves the chosen articles of an import batch, each as revision 1 with its
 * editor document, its source (file, removed blocks, importer) and an audit
 * row, plus one `import.completed` event, all in one transaction. Duplicates
 * are reported and skipped. When any item has an error, nothing is saved
 * unless `importGoodItems` is set.
 */
export async function commitArticleImport(access: ProjectAccess, input: unknown): Promise<ArticleImportResult> {
  assertCan(access, "articles.import");
  const { project, userId } = access;
  const data = parseInput(articleImportRequestSchema, input, "Invalid import request.");
  // Extraction is CPU work; it runs before the transaction so no lock is held meanwhile.
  const { items, errors } = await planArticleImport(db, project.id, data, importLimits());
  const skipped = items.filter((p) => !p.include).map((p) => p.item.key);
  const result: ArticleImportResult = { saved: false, created: [], duplicates: [], skipped, errors };
  if (errors.length > 0 && !data.importGoodItems) return result;

  // A batch of hundreds of articles takes longer than the default 5 s.
  return transaction(async (tx) => {
    await lockProjectImports(tx, project.id);
    const wanted = items.filter((p) => p.include);
    // Re-checked under the lock: an import that finished meanwhile may hold the same text.
    const existing = await findExistingHashes(tx, project.id, wanted.map((p) => p.item.contentHash));
    const saved = await saveArticleImportChunk(tx, project.id, userId, wanted, existing);
    result.created.push(...saved.created);
    result.duplicates.push(...saved.duplicates);
    if (result.created.length > 0) {
      await recordEvent(tx, {
        projectId: project.id,
        type: "import.completed",
        actorId: userId,
        payload: { kind: "articles", articleIds: result.created.map((c) => c.articleId) },
      });
    }
    return { ...result, saved: true };
  }, { timeout: 120_000, maxWait: 30_000 });
}
