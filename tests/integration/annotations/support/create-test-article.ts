import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { contentHash } from "@/lib/import/content-hash";

// An article (revision 1, with its revision row) straight through Prisma, so
// tests can choose the exact text, astral characters included.
export async function createTestArticle(projectId: string, text: string, createdById: string | null = null) {
  const content = textToDoc(text) as unknown as Prisma.InputJsonValue;
  const hash = contentHash(text);
  return db.article.create({
    data: {
      projectId,
      title: text.slice(0, 40),
      text,
      content,
      contentHash: hash,
      createdById,
      revisions: { create: { revision: 1, title: text.slice(0, 40), text, content, contentHash: hash, createdById } },
    },
  });
}
