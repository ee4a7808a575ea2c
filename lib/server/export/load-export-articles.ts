import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportArticle, ExportAuthor } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import { findExportAnnotationRows, type ExportAnnotationRow } from "@/lib/server/export/find-export-annotation-rows";
import { exportAnnotationSql } from "@/lib/server/export/export-annotation-sql";
import { exportArticleWhere } from "@/lib/server/export/export-article-where";
import type { ExportScope } from "@/lib/server/export/export-scope";
import { toExportAnnotation } from "@/lib/server/export/to-export-annotation";
import { toExportArticleRef } from "@/lib/server/export/to-export-article-ref";

const articleSelect = {
  id: true, title: true, outlet: true, url: true, publishedAt: true, language: true,
  author: true, revision: true, contentHash: true, text: true,
} satisfies Prisma.ArticleSelect;
type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

export type LoadExportArticlesInput = {
  scope: ExportScope;
  statusIds: string[] | null;
  authors: ReadonlyMap<string, ExportAuthor>;
  liveClusters: ReadonlySet<string>;
  // Articles per round trip: memory holds one batch, whatever the export's size.
  batchSize?: number;
};

/**
 * The exported articles in id order, with their annotations, fetched a batch
 * at a time (keyset pagination on id, then one query for the batch's
 * annotations). Lazy: nothing is read until the serializer asks, so a slow
 * reader slows the queries instead of filling memory.
 */
export async function* loadExportArticles(db: DbClient, input: LoadExportArticlesInput): AsyncGenerator<ExportArticle, void, undefined> {
  const batchSize = input.batchSize ?? 100;
  const articleWhere = exportArticleWhere(input.scope);
  const annotationWhere = exportAnnotationSql(input.scope, input.statusIds);
  let after: string | null = null;
  for (;;) {
    const articles: ArticleRow[] = await db.article.findMany({
      where: after === null ? articleWhere : { AND: [articleWhere, { id: { gt: after } }] },
      select: articleSelect,
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (articles.length === 0) return;
    const rows = await findExportAnnotationRows(db, articles.map((a) => a.id), annotationWhere);
    const byArticle = new Map<string, ExportAnnotationRow[]>();
    for (const row of rows) {
      const list = byArticle.get(row.articleId);
      if (list) list.push(row);
      else byArticle.set(row.articleId, [row]);
    }
    for (const article of articles) {
      yield {
        ...toExportArticleRef(article),
        author: article.author,
        revision: article.revision,
        contentHash: article.contentHash,
        text: article.text,
        annotations: (byArticle.get(article.id) ?? []).map((row) => toExportAnnotation(row, input.authors, input.liveClusters)),
      };
    }
    if (articles.length < batchSize) return;
    after = articles[articles.length - 1]!.id;
  }
}
