import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportArticle, ExportAuthor } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import { findExportAnnotationRows, type ExportAnnotationTuple } from "@/lib/server/export/find-export-annotation-rows";
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
 * annotations), one batch ahead of the serializer. Lazy beyond that: a slow
 * reader slows the queries instead of filling memory.
 */
export async function* loadExportArticles(db: DbClient, input: LoadExportArticlesInput): AsyncGenerator<ExportArticle, void, undefined> {
  const batchSize = input.batchSize ?? 100;
  const articleWhere = exportArticleWhere(input.scope);
  const annotationWhere = exportAnnotationSql(input.scope, input.statusIds);
  const fetchBatch = async (after: string | null): Promise<Batch> => {
    const articles: ArticleRow[] = await db.article.findMany({
      where: after === null ? articleWhere : { AND: [articleWhere, { id: { gt: after } }] },
      select: articleSelect,
      orderBy: { id: "asc" },
      take: batchSize,
    });
    return { articles, rows: await findExportAnnotationRows(db, articles.map((a) => a.id), annotationWhere) };
  };
  let next: Promise<Batch> | null = fetchBatch(null);
  while (next) {
    const { articles, rows }: Batch = await next;
    // The next batch is read while this one is written (at most two in
    // memory): the database works while the serializer does.
    next = articles.length === batchSize ? fetchBatch(articles[articles.length - 1]!.id) : null;
    // An abandoned export (closed generator) must not leave that read's rejection unhandled.
    next?.catch(() => undefined);
    for (const article of articles) {
      // Serializing runs on promise jobs alone, which starve socket reads: the
      // next batch's rows would wait in Postgres's send buffer, and the server
      // with them. One turn of the event loop per article lets them flow.
      await new Promise((resolve) => setImmediate(resolve));
      yield {
        ...toExportArticleRef(article),
        author: article.author,
        revision: article.revision,
        contentHash: article.contentHash,
        text: article.text,
        annotations: (rows.get(article.id) ?? []).map((t) => toExportAnnotation(article.id, t, input.authors, input.liveClusters)),
      };
    }
  }
}

type Batch = { articles: ArticleRow[]; rows: Map<string, ExportAnnotationTuple[]> };
