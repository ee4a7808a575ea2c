import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationDtoRow } from "@/lib/server/annotation/annotation-dto-select";

// The one place a stored annotation becomes its API shape.
export function toAnnotationDTO(row: AnnotationDtoRow): AnnotationDTO {
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
    author: { id: row.author.id, name: row.author.name },
    claimTypeId: row.claimTypeId,
    statusId: row.statusId,
    checkWorthiness: row.checkWorthiness,
    confidence: row.confidence,
    textChangedAfterVerdict: row.textChangedAfterVerdict,
    summary: row.summary,
    verdictExplanation: row.verdictExplanation,
    entities: row.claimEntities.map((link) => ({ entityId: link.entityId, role: link.role, mentionId: link.mentionId })),
    evidence: row.evidence.map((item) => ({ id: item.id, url: item.url, title: item.title, stance: item.stance, note: item.note })),
    entityId: row.entityId,
    entityTypeId: row.entityTypeId,
    note: row.note,
    reviewState: row.reviewState,
    isGold: row.isGold,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
