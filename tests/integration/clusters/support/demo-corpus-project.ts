import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { extractArticle } from "@/lib/import/extract-article";
import { contentHash } from "@/lib/import/content-hash";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { demoEntities } from "@/lib/seed/demo-annotations";
import { indexArticlePassages } from "@/lib/server/passage/index-article-passages";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { createTestProject } from "@/tests/support/create-test-project";
import { transaction } from "@/lib/db/transaction";

export type CorpusArticle = { id: string; file: string; text: string };

// A project holding the five demo articles (cleaned by the importer, indexed
// by the passage indexer) and, optionally, the demo entity registry.
export async function createDemoCorpusProject(options: { registry: boolean }) {
  const fixture = await createTestProject();
  const { project, owner } = fixture;
  const articles: CorpusArticle[] = [];
  for (const file of loadDemoCorpus()) {
    const text = extractArticle({ kind: "text", content: file.content, fileName: file.fileName }).text;
    const content = textToDoc(text) as unknown as Prisma.InputJsonValue;
    const article = await db.article.create({
      data: { projectId: project.id, title: file.fileName, text, content, contentHash: contentHash(text), createdById: owner.id },
    });
    await transaction((tx) => indexArticlePassages(tx, { id: article.id, projectId: project.id, revision: 1, text }));
    articles.push({ id: article.id, file: file.fileName, text });
  }
  if (options.registry) {
    const type = await db.label.findFirstOrThrow({ where: { projectId: project.id, kind: "ENTITY_TYPE" } });
    await db.entity.createMany({
      data: demoEntities.map((e) => ({ projectId: project.id, typeId: type.id, name: e.name, aliases: e.aliases })),
    });
  }
  // Any role without a membership row: stated directly (a cast), since only
  // requireProjectAccess makes a ProjectAccess otherwise.
  const access = (userId: string, role: ProjectAccess["role"]): ProjectAccess =>
    ({
      project: { id: project.id, slug: project.slug, name: project.name, description: "", blindAnnotation: false },
      role,
      userId,
    }) as ProjectAccess;
  return { ...fixture, articles, access };
}

// Code-point range of a quote that occurs once in the text.
export function rangeOf(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0 || text.indexOf(quote, at + 1) >= 0) throw new Error(`quote not found exactly once: ${quote}`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

// A claim on a quote, written directly (the annotation API is tested elsewhere).
export async function markClaim(projectId: string, authorId: string, article: CorpusArticle, quote: string): Promise<string> {
  const { start, end } = rangeOf(article.text, quote);
  const selector = describeQuote(article.text, start, end);
  const row = await db.annotation.create({
    data: { projectId, articleId: article.id, revision: 1, kind: "CLAIM", start, end, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix, authorId },
  });
  return row.id;
}
