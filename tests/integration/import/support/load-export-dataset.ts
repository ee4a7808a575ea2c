import { db } from "@/lib/db";
import type { ExportAnnotation, ExportArticle, ExportDataset } from "@/lib/export/types";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";

// A minimal stand-in for the export branch's loader: the whole project as the
// serializers take it, read straight from the database. Only for checking
// that an import rebuilds what an export wrote.
export async function loadExportDataset(projectId: string): Promise<ExportDataset> {
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, slug: true, name: true } });
  const labels = await db.label.findMany({ where: { projectId }, select: { id: true, kind: true, key: true, name: true, rating: true } });
  const entities = await db.entity.findMany({ where: { projectId, deletedAt: null }, include: { type: true }, orderBy: { id: "asc" } });
  const clusters = await db.claimCluster.findMany({ where: { projectId, deletedAt: null }, include: { members: { include: { annotation: { include: { article: true } } } } } });
  const articles = await db.article.findMany({ where: { projectId, deletedAt: null }, orderBy: [{ publishedAt: "desc" }, { id: "asc" }] });
  const exported: ExportArticle[] = [];
  for (const article of articles) {
    const rows = await db.annotation.findMany({
      where: { articleId: article.id, deletedAt: null },
      select: { ...annotationDtoSelect, reviews: { orderBy: { createdAt: "asc" } }, clusterMember: true },
    });
    const annotations: ExportAnnotation[] = rows.map(({ reviews, clusterMember, ...row }) => {
      const { deletedAt: _deleted, author, ...dto } = toAnnotationDTO(row);
      const last = reviews.at(-1);
      return {
        ...dto,
        author: { ...author, pseudonym: author.id },
        reviews: { count: reviews.length, lastDecision: last?.decision ?? null, lastDecidedAt: last?.createdAt.toISOString() ?? null },
        cluster: clusterMember ? { clusterId: clusterMember.clusterId, relation: clusterMember.relation } : null,
      };
    });
    exported.push({
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      language: article.language,
      author: article.author,
      revision: article.revision,
      contentHash: article.contentHash,
      text: article.text,
      annotations,
    });
  }
  return {
    project,
    labels,
    entities: entities.map((e) => ({ id: e.id, typeKey: e.type.key, name: e.name, aliases: e.aliases, externalId: e.externalId })),
    clusters: clusters.map((c) => ({
      id: c.id,
      title: c.title,
      statement: c.statement,
      members: c.members.map((m) => ({ annotationId: m.annotationId, articleId: m.annotation.articleId, relation: m.relation })),
      articles: c.members.map((m) => ({ id: m.annotation.article.id, title: m.annotation.article.title, outlet: m.annotation.article.outlet, url: m.annotation.article.url, publishedAt: m.annotation.article.publishedAt?.toISOString() ?? null, language: m.annotation.article.language })),
    })),
    articles: exported,
  };
}
