import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";
import { db } from "@/lib/db";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import type { ArticleImportResult } from "./article-import-types";
import { articleImportRequestSchema } from "./article-import-request-schema";
import { findExistingHashes } from "./find-existing-hashes";
import { importLimits } from "./import-limits";
import { lockProjectImports } from "./lock-project-imports";
import { planArticleImport, type PlannedArticle } from "./plan-article-import";
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
    const seen = new Map<string, string>();
    for (const planned of wanted) {
      const { item } = planned;
      const duplicateOf = existing.get(item.contentHash) ?? (seen.has(item.contentHash) ? { key: seen.get(item.contentHash)! } : null);
      if (duplicateOf) {
        result.duplicates.push({ key: item.key, fileName: item.fileName, duplicateOf });
        continue;
      }
      seen.set(item.contentHash, item.key);
      const articleId = await createImportedArticle(tx, project.id, userId, planned);
      result.created.push({ key: item.key, articleId, title: item.metadata.title });
    }
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

async function createImportedArticle(tx: Prisma.TransactionClient, projectId: string, userId: string, planned: PlannedArticle): Promise<string> {
  const { item, blocks } = planned;
  const { metadata } = item;
  const content = textToDoc(item.text, blocks) as unknown as Prisma.InputJsonValue;
  const source = {
    importer: item.importer,
    fileName: item.fileName,
    ...(item.line === null ? {} : { line: item.line }),
    removedBlocks: blocks.filter((b) => !b.kept).map((b) => ({ index: b.index, text: b.text, rule: b.rule, reason: b.reason })),
    // Blocks the classifier would have dropped but the user kept.
    keptByUser: blocks.filter((b) => b.kept && !["content", "heading", "inside-content"].includes(b.rule)).map((b) => b.index),
  };
  const article = await tx.article.create({
    data: {
      projectId,
      title: metadata.title,
      outlet: metadata.outlet,
      url: metadata.url,
      author: metadata.author,
      publishedAt: metadata.publishedAt ? new Date(metadata.publishedAt) : null,
      language: metadata.language,
      text: item.text,
      content,
      contentHash: item.contentHash,
      source,
      createdById: userId,
      revisions: {
        create: { revision: 1, title: metadata.title, text: item.text, content, contentHash: item.contentHash, note: "Imported", createdById: userId },
      },
    },
    select: { id: true },
  });
  await indexArticlePassages(tx, { id: article.id, projectId, revision: 1, text: item.text });
  await writeAuditLog(tx, {
    projectId,
    actorId: userId,
    action: "article.import",
    entityType: "Article",
    entityId: article.id,
    after: { title: metadata.title, contentHash: item.contentHash, importer: item.importer, fileName: item.fileName },
  });
  return article.id;
}
