import type { ExportAnnotation, ExportAuthor } from "@/lib/export/types";
import type { ExportAnnotationRow } from "@/lib/server/export/find-export-annotation-rows";

/**
 * A stored annotation as exports take it (the API's AnnotationDTO fields plus
 * pseudonymous author, review summary and cluster). `liveClusters` holds the
 * ids of clusters that are exported: membership of a deleted cluster is dropped.
 */
export function toExportAnnotation(
  row: ExportAnnotationRow,
  authors: ReadonlyMap<string, ExportAuthor>,
  liveClusters: ReadonlySet<string>,
): ExportAnnotation {
  return {
    id: row.id,
    articleId: row.articleId,
    revision: row.revision,
    kind: row.kind,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorState: row.anchorState,
    author: authors.get(row.authorId) ?? { id: row.authorId, name: row.authorName, pseudonym: `annotator-${row.authorId}` },
    claimTypeId: row.claimTypeId,
    statusId: row.statusId,
    checkWorthiness: row.checkWorthiness,
    confidence: row.confidence,
    textChangedAfterVerdict: row.textChangedAfterVerdict,
    entities: row.entities,
    evidence: row.evidence,
    entityId: row.entityId,
    entityTypeId: row.entityTypeId,
    note: row.note,
    reviewState: row.reviewState,
    isGold: row.isGold,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reviews: { count: row.reviewCount, lastDecision: row.lastDecision, lastDecidedAt: row.lastDecidedAt },
    cluster: row.clusterId && liveClusters.has(row.clusterId) ? { clusterId: row.clusterId, relation: row.clusterRelation ?? "SAME" } : null,
  };
}
