import type { DbClient } from "@/lib/server/db-client";
import { compareCodeUnits } from "@/lib/export/compare-code-units";
import { toExportArticleRef } from "@/lib/server/export/to-export-article-ref";
import type { ExportArticleRef, ExportAuthor, ExportCluster, ExportEntity, ExportLabel } from "@/lib/export/types";

export type ExportVocabulary = {
  labels: ExportLabel[];
  entities: ExportEntity[];
  clusters: ExportCluster[];
  // Every user who ever annotated in the project, by id, with a pseudonym.
  authors: Map<string, ExportAuthor>;
};

/**
 * The project's vocabulary, loaded once before the articles stream: labels
 * (archived ones too, since old annotations still use them), live entities,
 * live clusters with the articles of their live members, and the annotators.
 *
 * Pseudonyms number annotators by their first annotation in the project
 * (deleted ones included, ties by id), so they are stable as the project
 * grows and the same in every export of the same data.
 */
export async function loadExportVocabulary(db: DbClient, projectId: string): Promise<ExportVocabulary> {
  const [labels, entities, clusters, firsts] = await Promise.all([
    db.label.findMany({
      where: { projectId },
      select: { id: true, kind: true, key: true, name: true, rating: true },
      orderBy: [{ kind: "asc" }, { position: "asc" }, { id: "asc" }],
    }),
    db.entity.findMany({
      where: { projectId, deletedAt: null },
      select: { id: true, name: true, aliases: true, externalId: true, type: { select: { key: true } } },
      orderBy: { id: "asc" },
    }),
    db.claimCluster.findMany({
      where: { projectId, deletedAt: null },
      select: {
        id: true,
        title: true,
        statement: true,
        statusId: true,
        verdictExplanation: true,
        note: true,
        verdictAppliedAt: true,
        updatedAt: true,
        members: {
          where: { annotation: { deletedAt: null, article: { deletedAt: null } } },
          select: {
            annotationId: true,
            relation: true,
            annotation: {
              select: {
                article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true, language: true } },
              },
            },
          },
          orderBy: { annotationId: "asc" },
        },
      },
      orderBy: { id: "asc" },
    }),
    db.annotation.groupBy({ by: ["authorId"], where: { projectId }, _min: { createdAt: true } }),
  ]);

  const ordered = firsts.sort(
    (a, b) => (a._min.createdAt?.getTime() ?? 0) - (b._min.createdAt?.getTime() ?? 0) || compareCodeUnits(a.authorId, b.authorId),
  );
  const users = await db.user.findMany({ where: { id: { in: ordered.map((f) => f.authorId) } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const authors = new Map<string, ExportAuthor>(
    ordered.map((f, i) => [f.authorId, { id: f.authorId, name: names.get(f.authorId) ?? "", pseudonym: `annotator-${i + 1}` }]),
  );

  return {
    labels: labels.map((l) => ({ id: l.id, kind: l.kind, key: l.key, name: l.name, rating: l.rating })),
    entities: entities.map((e) => ({ id: e.id, typeKey: e.type.key, name: e.name, aliases: e.aliases, externalId: e.externalId })),
    clusters: clusters.map((c) => {
      const articles = new Map<string, ExportArticleRef>();
      for (const m of c.members) articles.set(m.annotation.article.id, toExportArticleRef(m.annotation.article));
      return {
        id: c.id,
        title: c.title,
        statement: c.statement,
        statusId: c.statusId,
        verdictExplanation: c.verdictExplanation,
        note: c.note,
        verdictAppliedAt: c.verdictAppliedAt?.toISOString() ?? null,
        updatedAt: c.updatedAt.toISOString(),
        members: c.members.map((m) => ({ annotationId: m.annotationId, articleId: m.annotation.article.id, relation: m.relation })),
        articles: [...articles.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
      };
    }),
    authors,
  };
}
