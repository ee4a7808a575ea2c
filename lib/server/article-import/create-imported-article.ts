import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import type { PlannedArticle } from "./plan-article-import";

/**
 * One imported article as revision 1 with its editor document, its source
 * (file, removed blocks, importer), its passages and an audit row. Inside the
 * caller's transaction, which holds the project's import lock.
 */
export async function createImportedArticle(tx: Prisma.TransactionClient, projectId: string, userId: string, planned: PlannedArticle): Promise<string> {
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
