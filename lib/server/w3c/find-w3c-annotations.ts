import { Prisma } from "@/lib/generated/prisma/client";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildW3cAnnotation } from "@/lib/export/build-w3c-annotation";
import { createExportLookup } from "@/lib/export/create-export-lookup";
import type { ExportAuthor } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import { exportAnnotationSql } from "@/lib/server/export/export-annotation-sql";
import { findExportAnnotationRows } from "@/lib/server/export/find-export-annotation-rows";
import { loadExportVocabulary } from "@/lib/server/export/load-export-vocabulary";
import { toExportAnnotation } from "@/lib/server/export/to-export-annotation";
import { toExportArticleRef } from "@/lib/server/export/to-export-article-ref";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { loadW3cVocabulary } from "@/lib/server/w3c/load-w3c-vocabulary";
import { w3cReadScope } from "@/lib/server/w3c/w3c-read-scope";

export type W3cAnnotationQuery = { annotationId: string } | { offset: number; limit: number };

export type W3cAnnotations = {
  // How many annotations the container holds for this reader.
  total: number;
  // Latest `updatedAt` among them (ISO 8601), or null when there are none.
  modified: string | null;
  // The selected ones as W3C annotations, in container order, each with its version.
  items: Array<{ annotation: Record<string, unknown>; version: number }>;
};

/**
 * The project's annotation container as `access` may read it: live
 * annotations anchored in their article's current revision (what the W3C
 * export writes), narrowed by blind annotation, in export order (article id,
 * then start, end, id). Either one annotation by id (not found when it is not
 * in the container for this reader) or a window of the container. Each
 * annotation is built by the exporter's own builder, so the protocol and the
 * export serve the same bytes for it.
 */
export async function findW3cAnnotations(db: DbClient, access: ProjectAccess, baseUrl: string, query: W3cAnnotationQuery): Promise<W3cAnnotations> {
  const { scope, options } = w3cReadScope(access, baseUrl);
  const where = Prisma.sql`a."anchorState" = 'ANCHORED' AND ${exportAnnotationSql(scope, null)}`;
  const from = Prisma.sql`FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" AND ar."deletedAt" IS NULL AND ar.revision = a.revision`;
  // Timestamps are stored as UTC without a zone: written as toISOString would, like the export's.
  const [stats] = await db.$queryRaw<Array<{ total: number; modified: string | null }>>(
    Prisma.sql`SELECT count(*)::int AS total, to_char(max(a."updatedAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS modified ${from} WHERE ${where}`,
  );
  const selected = await db.$queryRaw<Array<{ id: string; articleId: string }>>(
    "annotationId" in query
      ? Prisma.sql`SELECT a.id, a."articleId" ${from} WHERE ${where} AND a.id = ${query.annotationId}`
      : Prisma.sql`SELECT a.id, a."articleId" ${from} WHERE ${where}
                   ORDER BY a."articleId", a.start, a."end", a.id OFFSET ${query.offset} LIMIT ${query.limit}`,
  );
  const total = stats?.total ?? 0;
  const modified = stats?.modified ?? null;
  if (selected.length === 0) return { total, modified, items: [] };

  const articleIds = [...new Set(selected.map((s) => s.articleId))];
  const [articles, rows] = await Promise.all([
    db.article.findMany({
      where: { id: { in: articleIds }, projectId: access.project.id },
      select: { id: true, title: true, outlet: true, url: true, publishedAt: true, language: true, author: true, revision: true, contentHash: true, text: true },
    }),
    findExportAnnotationRows(db, articleIds, Prisma.sql`a.id = ANY(${selected.map((s) => s.id)}::text[])`),
  ]);
  // Pseudonyms are numbered over the whole project: only pseudonymised reads need the exporter's full vocabulary.
  const vocabulary = options.pseudonymise
    ? await loadExportVocabulary(db, access.project.id).then((v) => ({ ...v, liveClusters: new Set(v.clusters.map((c) => c.id)) }))
    : { ...(await loadW3cVocabulary(db, access.project.id, [...rows.values()].flat())), clusters: [], authors: new Map<string, ExportAuthor>() };
  const lookup = createExportLookup(vocabulary);
  const { liveClusters } = vocabulary;
  const project = { id: access.project.id, slug: access.project.slug, name: access.project.name };
  const built = new Map<string, { annotation: Record<string, unknown>; version: number }>();
  for (const row of articles) {
    const article = { ...toExportArticleRef(row), author: row.author, revision: row.revision, contentHash: row.contentHash, text: row.text, annotations: [] };
    const index = createCodePointIndex(row.text);
    for (const tuple of rows.get(row.id) ?? []) {
      const annotation = toExportAnnotation(row.id, tuple, vocabulary.authors, liveClusters);
      built.set(annotation.id, { annotation: buildW3cAnnotation(annotation, article, index, project, lookup, options), version: annotation.version });
    }
  }
  return { total, modified, items: selected.flatMap((s) => built.get(s.id) ?? []) };
}
