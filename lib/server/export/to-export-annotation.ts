import type { ExportAnnotation, ExportAuthor } from "@/lib/export/types";
import type { ExportAnnotationTuple } from "@/lib/server/export/find-export-annotation-rows";

/**
 * A stored annotation as exports take it (the API's AnnotationDTO fields plus
 * pseudonymous author, review summary and cluster), from the query's tuple.
 * `liveClusters` holds the ids of clusters that are exported: membership of a
 * deleted cluster is dropped. An author missing from `authors` (one who
 * started annotating after the export began) keeps the name the row carries.
 */
export function toExportAnnotation(
  articleId: string,
  t: ExportAnnotationTuple,
  authors: ReadonlyMap<string, ExportAuthor>,
  liveClusters: ReadonlySet<string>,
): ExportAnnotation {
  const [id, revision, kind, start, end, exact, prefix, suffix, anchorState, authorId, claimTypeId, statusId, checkWorthiness, confidence,
    textChangedAfterVerdict, entityId, entityTypeId, note, reviewState, isGold, version, createdAt, updatedAt,
    links, evidence, reviewCount, lastDecision, lastDecidedAt, clusterId, clusterRelation, authorName, origin, suggestionSource, summary, verdictExplanation] = t;
  return {
    id, articleId, revision, kind, start, end, exact, prefix, suffix, anchorState,
    author: authors.get(authorId) ?? { id: authorId, name: authorName, pseudonym: `annotator-${authorId}` },
    claimTypeId, statusId, checkWorthiness, confidence, textChangedAfterVerdict, summary, verdictExplanation,
    entities: links ? links.map(([entityId, role, mentionId]) => ({ entityId, role, mentionId })) : [],
    evidence: evidence ? evidence.map(([id, url, title, stance, note]) => ({ id, url, title, stance, note })) : [],
    entityId, entityTypeId, note, reviewState, isGold, version, createdAt, updatedAt,
    reviews: { count: reviewCount ?? 0, lastDecision, lastDecidedAt },
    cluster: clusterId && liveClusters.has(clusterId) ? { clusterId, relation: clusterRelation ?? "SAME" } : null,
    origin,
    suggestionSource,
  };
}
