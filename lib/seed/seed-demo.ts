import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { createProject } from "@/lib/server/project/create-project";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { extractArticle } from "@/lib/import/extract-article";
import { contentHash } from "@/lib/import/content-hash";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { demoAccounts, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { seedDemoAnnotations } from "@/lib/seed/seed-demo-annotations";
import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";

export type CorpusFile = {
  fileName: string;
  content: string;
  overrides?: { title?: string; outlet?: string; language?: string };
};

export const DEMO_PROJECT_SLUG = "demo";

// Creates the demo project on an EMPTY database: one account per role, the
// five corpus articles (cleaned by the same importer users get), and sample
// annotations, entities and cross-article claim clusters. Returns false
// (and changes nothing) when any user exists, so it is safe on every start.
export async function seedDemo(client: PrismaClient, corpus: readonly CorpusFile[]): Promise<boolean> {
  if ((await client.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const articles = corpus.map((file) => {
    const extracted = extractArticle({ kind: "text", content: file.content, fileName: file.fileName });
    const meta = extracted.metadata;
    return {
      fileName: file.fileName,
      title: meta.title ?? file.overrides?.title ?? extracted.title,
      outlet: meta.outlet ?? file.overrides?.outlet ?? "",
      author: meta.author ?? null,
      url: meta.url ?? null,
      publishedAt: meta.publishedAt ? new Date(meta.publishedAt) : null,
      language: meta.language ?? file.overrides?.language ?? "en",
      text: extracted.text,
      keptBlocks: extracted.blocks.filter((b) => b.kept),
      removed: extracted.blocks.filter((b) => !b.kept).map((b) => ({ text: b.text, reason: b.reason })),
    };
  });

  await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
      if ((await tx.user.count()) > 0) return;
      const users: Array<(typeof demoAccounts)[number] & { user: { id: string } }> = [];
      for (const account of demoAccounts) {
        const user = await tx.user.create({
          data: { email: account.email, name: account.name, passwordHash, isAdmin: account.role === "OWNER" },
        });
        users.push({ ...account, user });
      }
      const owner = users.find((u) => u.role === "OWNER")!.user;
      const project = await createProject(tx, owner.id, {
        name: "Demo: Hamas–LeT meeting in Gujranwala",
        slug: DEMO_PROJECT_SLUG,
        description:
          "Five outlets' reports of one event: the same claims in different words, sometimes with different facts.",
      });
      await tx.membership.createMany({
        data: users.filter((u) => u.role !== "OWNER").map((u) => ({ projectId: project.id, userId: u.user.id, role: u.role })),
      });
      const byFile = new Map<string, { id: string; text: string }>();
      for (const article of articles) {
        const content = textToDoc(article.text, article.keptBlocks) as unknown as Prisma.InputJsonValue;
        const hash = contentHash(article.text);
        const created = await tx.article.create({
          data: {
            projectId: project.id,
            title: article.title,
            outlet: article.outlet,
            author: article.author,
            url: article.url,
            publishedAt: article.publishedAt,
            language: article.language,
            text: article.text,
            content,
            contentHash: hash,
            createdById: owner.id,
            source: { importer: "text", fileName: article.fileName, removedBlocks: article.removed },
            revisions: {
              create: { revision: 1, title: article.title, text: article.text, content, contentHash: hash, note: "Imported from the demo corpus", createdById: owner.id },
            },
          },
        });
        byFile.set(article.fileName, { id: created.id, text: article.text });
        await indexArticlePassages(tx, { id: created.id, projectId: project.id, revision: 1, text: article.text });
        await writeAuditLog(tx, {
          projectId: project.id,
          actorId: owner.id,
          action: "article.import",
          entityType: "Article",
          entityId: created.id,
          after: { title: created.title, contentHash: hash },
        });
      }
      const userId = (email: string) => users.find((u) => u.email === email)!.user.id;
      await seedDemoAnnotations(tx, {
        projectId: project.id,
        articles: byFile,
        authors: { annotator: userId("annotator@example.com"), annotator2: userId("annotator2@example.com") },
        ownerId: owner.id,
      });
      // Article.status is derived; the sample annotations move articles out of "not started".
      for (const article of byFile.values()) await refreshArticleStatus(tx, article.id);
    },
    { timeout: 60_000 },
  );
  return true;
}
