import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationColumnRows } from "@/lib/annotations/compact/annotation-column-row";

// The DTOs that column rows stand for, as toAnnotationDTO makes them, keys in
// its order (compactAnnotations writes `extra` in its input's key order).
export function columnRowsToDTOs({ articleId, revision, rows }: AnnotationColumnRows): AnnotationDTO[] {
  return rows.map((row) => ({
    id: row.id,
    articleId,
    revision,
    kind: row.kind,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorState: row.anchorState,
    author: { id: row.authorId, name: row.authorName },
    claimTypeId: row.claimTypeId,
    statusId: row.statusId,
    checkWorthiness: row.checkWorthiness,
    confidence: row.confidence,
    textChangedAfterVerdict: row.textChangedAfterVerdict,
    summary: row.summary,
    verdictExplanation: row.verdictExplanation,
    entities: row.entities ?? [],
    evidence: row.evidence ?? [],
    entityId: row.entityId,
    entityTypeId: row.entityTypeId,
    note: row.note,
    reviewState: row.reviewState,
    isGold: row.isGold,
    version: row.version,
    createdAt: new Date(row.createdMs).toISOString(),
    updatedAt: new Date(row.updatedMs).toISOString(),
    deletedAt: row.deletedMs === null ? null : new Date(row.deletedMs).toISOString(),
  }));
}
