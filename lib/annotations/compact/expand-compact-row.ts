import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { CompactAnnotations } from "./compact-annotations-types";
import { readDictionaryColumn } from "./dictionary-column";

const CONTEXT = 32;

/**
 * Row `row` as the columns and defaults describe it, before its `extra`
 * fields apply: the one definition of the defaults, used by both sides so
 * that what the compactor leaves out is exactly what this puts back.
 */
export function expandCompactRow(compact: CompactAnnotations, index: CodePointIndex, row: number, id: string, start: number): AnnotationDTO {
  const end = start + (compact.lengths[row] ?? 0);
  const inText = start >= 0 && start <= end && end <= index.length;
  const createdAt = compact.createdBase + (compact.created[row] ?? 0);
  return {
    id,
    articleId: compact.articleId,
    revision: compact.revision,
    kind: readDictionaryColumn(compact.kind, row),
    start,
    end,
    exact: inText ? index.slice(start, end) : "",
    prefix: inText ? index.slice(Math.max(0, start - CONTEXT), start) : "",
    suffix: inText ? index.slice(end, Math.min(index.length, end + CONTEXT)) : "",
    anchorState: "ANCHORED",
    author: readDictionaryColumn(compact.author, row),
    claimTypeId: readDictionaryColumn(compact.claimTypeId, row),
    statusId: readDictionaryColumn(compact.statusId, row),
    checkWorthiness: null,
    confidence: null,
    textChangedAfterVerdict: false,
    summary: "",
    verdictExplanation: "",
    entities: [],
    evidence: [],
    entityId: readDictionaryColumn(compact.entityId, row),
    entityTypeId: readDictionaryColumn(compact.entityTypeId, row),
    note: "",
    reviewState: "PENDING",
    isGold: false,
    version: readDictionaryColumn(compact.version, row),
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(createdAt + (compact.updatedAfter[row] ?? 0)).toISOString(),
    deletedAt: null,
  };
}
