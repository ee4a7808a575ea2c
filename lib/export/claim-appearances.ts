import { compareCodeUnits } from "./compare-code-units";
import type { ExportLookup } from "./create-export-lookup";
import type { ExportAnnotation, ExportArticleRef } from "./types";

/**
 * The articles a claim appears in, earliest first (by publishedAt; undated
 * ones last; ties by id): its own article plus, when it is in a cluster, the
 * articles of the cluster's other members, except members that contradict
 * the cluster's claim (they state something else). A claim that itself
 * contradicts its cluster appears only where it is.
 */
export function claimAppearances(annotation: ExportAnnotation, ownArticle: ExportArticleRef, lookup: ExportLookup): ExportArticleRef[] {
  const byId = new Map<string, ExportArticleRef>([[ownArticle.id, ownArticle]]);
  const cluster = annotation.cluster ? lookup.cluster(annotation.cluster.clusterId) : null;
  if (cluster && annotation.cluster?.relation !== "CONTRADICTS") {
    const articles = new Map(cluster.articles.map((a) => [a.id, a]));
    for (const member of cluster.members) {
      const article = articles.get(member.articleId);
      if (member.relation !== "CONTRADICTS" && article && !byId.has(article.id)) byId.set(article.id, article);
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      (a.publishedAt === null ? 1 : 0) - (b.publishedAt === null ? 1 : 0) ||
      compareCodeUnits(a.publishedAt ?? "", b.publishedAt ?? "") ||
      compareCodeUnits(a.id, b.id),
  );
}
