import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { AnnotationColumnRow } from "./annotation-column-row";
import type { CompactAnnotations } from "./compact-annotations-types";
import { toDictionaryColumn } from "./dictionary-column";

const CONTEXT = 32;

/**
 * What compactAnnotations gives for these rows as DTOs, made without the DTOs
 * and without expanding every row again to find what differs: each field is
 * compared with the default expandCompactRow puts back, and only quotes are
 * sliced from the text. The article page's path at 5,000 annotations, where
 * the re-expansion (two Dates and three slices per row) and the DTOs' ISO
 * strings were a measurable part of the first byte. That both give the same
 * result, for any rows, is a unit property test
 * (tests/unit/annotations/compact-annotation-rows.test.ts), which fails if
 * expandCompactRow's defaults change without this.
 */
export function compactAnnotationRows(rows: readonly AnnotationColumnRow[], index: CodePointIndex, article: { id: string; revision: number }): CompactAnnotations {
  const count = rows.length;
  if (rows.some((row) => row.id === "" || /\s/.test(row.id))) throw new RangeError("compactAnnotations: an annotation id is empty or contains white space");
  const createdBase = rows.reduce((min, row) => Math.min(min, row.createdMs), rows[0]?.createdMs ?? 0);
  const startDeltas = new Array<number>(count);
  const lengths = new Array<number>(count);
  const created = new Array<number>(count);
  const updatedAfter = new Array<number>(count);
  const extra: Record<number, Partial<AnnotationDTO>> = {};
  let previousStart = 0;
  for (let i = 0; i < count; i++) {
    const row = rows[i] as AnnotationColumnRow;
    startDeltas[i] = row.start - previousStart;
    previousStart = row.start;
    lengths[i] = row.end - row.start;
    created[i] = row.createdMs - createdBase;
    updatedAfter[i] = row.updatedMs - row.createdMs;
    const differing = differingFields(row, index, article);
    if (differing) extra[i] = differing;
  }
  return {
    count,
    articleId: article.id,
    revision: article.revision,
    ids: rows.map((row) => row.id).join(" "),
    startDeltas,
    lengths,
    kind: toDictionaryColumn(rows.map((row) => row.kind)),
    author: toDictionaryColumn(rows.map((row) => ({ id: row.author.id, name: row.author.name }))),
    statusId: toDictionaryColumn(rows.map((row) => row.statusId)),
    claimTypeId: toDictionaryColumn(rows.map((row) => row.claimTypeId)),
    entityTypeId: toDictionaryColumn(rows.map((row) => row.entityTypeId)),
    entityId: toDictionaryColumn(rows.map((row) => row.entityId)),
    version: toDictionaryColumn(rows.map((row) => row.version)),
    createdBase,
    created,
    updatedAfter,
    extra,
  };
}

// The fields of `row` that expandCompactRow would not give back, in the DTO's
// key order (the order compactAnnotations writes them in), or null.
// Columns (id, offsets, kind, author, labels, version, times) always give
// their field back, so only the defaults are compared here.
function differingFields(row: AnnotationColumnRow, index: CodePointIndex, article: { id: string; revision: number }): Partial<AnnotationDTO> | null {
  const { start, end } = row;
  const inText = start >= 0 && start <= end && end <= index.length;
  let differing: Partial<AnnotationDTO> | null = null;
  const set = <K extends keyof AnnotationDTO>(key: K, value: AnnotationDTO[K]) => {
    differing ??= {};
    differing[key] = value;
  };
  if (row.articleId !== article.id) set("articleId", row.articleId);
  if (row.revision !== article.revision) set("revision", row.revision);
  if (row.exact !== (inText ? index.slice(start, end) : "")) set("exact", row.exact);
  if (row.prefix !== (inText ? index.slice(Math.max(0, start - CONTEXT), start) : "")) set("prefix", row.prefix);
  if (row.suffix !== (inText ? index.slice(end, Math.min(index.length, end + CONTEXT)) : "")) set("suffix", row.suffix);
  if (row.anchorState !== "ANCHORED") set("anchorState", row.anchorState);
  if (row.checkWorthiness !== null) set("checkWorthiness", row.checkWorthiness);
  if (row.confidence !== null) set("confidence", row.confidence);
  if (row.textChangedAfterVerdict !== false) set("textChangedAfterVerdict", row.textChangedAfterVerdict);
  if (row.summary !== "") set("summary", row.summary);
  if (row.verdictExplanation !== "") set("verdictExplanation", row.verdictExplanation);
  if (row.entities.length !== 0) set("entities", row.entities);
  if (row.evidence.length !== 0) set("evidence", row.evidence);
  if (row.note !== "") set("note", row.note);
  if (row.reviewState !== "PENDING") set("reviewState", row.reviewState);
  if (row.isGold !== false) set("isGold", row.isGold);
  if (row.deletedMs !== null) set("deletedAt", new Date(row.deletedMs).toISOString());
  return differing;
}
