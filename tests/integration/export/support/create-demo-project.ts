import type { Prisma } from "@/lib/generated/prisma/client";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { contentHash } from "@/lib/import/content-hash";
import { extractArticle } from "@/lib/import/extract-article";
import { seedDemoAnnotations } from "@/lib/seed/seed-demo-annotations";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { createTestProject } from "@/tests/support/create-test-project";
import { transaction } from "@/lib/db/transaction";

/**
 * The demo corpus and its annotations, as the seed makes them, in a fresh
 * test project (used by the export and import round-trip tests).
 */
export async function createDemoProject() {
  const people = await createTestProject();
  const byFile = new Map<string, { id: string; text: string }>();
  await transaction(async (tx) => {
    for (const file of loadDemoCorpus()) {
      const extracted = extractArticle({ kind: "text", content: file.content, fileName: file.fileName });
      const content = textToDoc(extracted.text, extracted.blocks) as unknown as Prisma.InputJsonValue;
      const article = await tx.article.create({
        data: {
          projectId: people.project.id,
          title: extracted.title,
          outlet: extracted.metadata.outlet ?? "",
          publishedAt: extracted.metadata.publishedAt ? new Date(extracted.metadata.publishedAt) : null,
          text: extracted.text,
          content,
          contentHash: contentHash(extracted.text),
          revisions: { create: { revision: 1, title: extracted.title, text: extracted.text, content, contentHash: contentHash(extracted.text) } },
        },
      });
      byFile.set(file.fileName, { id: article.id, text: extracted.text });
    }
    await seedDemoAnnotations(tx, { projectId: people.project.id, articles: byFile, authors: { annotator: people.annotator.id, annotator2: people.reviewer.id }, ownerId: people.owner.id });
  }, { timeout: 60_000 });
  return people;
}
