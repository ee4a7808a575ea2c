import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { AnnotationColumnRow, AnnotationColumnRows } from "./annotation-column-row";
import type { CompactAnnotations, DictionaryColumn } from "./compact-annotations-types";
import { toDictionaryColumn } from "./dictionary-column";

const CONTEXT = 32;

/**
 * What compactAnnotations gives for these rows as DTOs, made without the DTOs
 * and without expanding every row again to find what differs: each field is
 * compared with the default expandCompactRow puts back, and only quotes are
 * sliced from the text. The article page's path at 5,000 annotations, where
 * the DTOs (a Date and an ISO string per timestamp) and the re-expansion (two
 * more and three slices per row) were a measurable part of the first byte.
 * That both give the same result, for any rows, is a unit property test
 * (tests/unit/annotations/compact-annotation-rows.test.ts), which fails if
 * expandCompactRow's defaults change without this.
 */
export function compactAnnotationRows(list: AnnotationColumnRows, index: CodePointIndex, article: { id: string; revision: number }): CompactAnnotations {
  const { rows } = list;
  const count = rows.length;
  if (rows.some((row) => row.id === "" || /\s/.test(row.id))) throw new RangeError("compactAnnotations: an annotation id is empty or contains white space");
  const createdBase = rows.reduce((min, row) => Math.min(min, row.createdMs), rows[0]?.createdMs ?? 0);
  const startDeltas = new Array<number>(count);
  const lengths = new Array<number>(count);
  const created = new Array<number>(count);
  const updatedAfter = new Array<number>(count);
  const extra: Record<number, Partial<AnnotationDTO>> = {};
  // A list on another article or revision than the page's (a revision made
  // between the two reads) carries those on every row, as compactAnnotations does.
  const listFields: Partial<AnnotationDTO> = {};
  if (list.articleId !== article.id) listFields.articleId = list.articleId;
  if (list.revision !== article.revision) listFields.revision = list.revision;
  let previousStart = 0;
  for (let i = 0; i < count; i++) {
    const row = rows[i] as AnnotationColumnRow;
    startDeltas[i] = row.start - previousStart;
    previousStart = row.start;
    lengths[i] = row.end - row.start;
    created[i] = row.createdMs - createdBase;
    updatedAfter[i] = row.updatedMs - row.createdMs;
    const differing = differingFields(row, index, listFields);
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
    author: authorColumn(rows),
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

// toDictionaryColumn of `{ id, name }` per row, without an object and its
// JSON per row: the key is as unique as the JSON (id's length first).
function authorColumn(rows: readonly AnnotationColumnRow[]): DictionaryColumn<AnnotationDTO["author"]> {
  const table: AnnotationDTO["author"][] = [];
  const seen = new Map<string, number>();
  const index = rows.map((row) => {
    const key = `${row.authorId.length}:${row.authorId}${row.authorName}`;
    let at = seen.get(key);
    if (at === undefined) {
      at = table.length;
      seen.set(key, at);
      table.push({ id: row.authorId, name: row.authorName });
    }
    return at;
  });
  return { table, index };
}

// The fields of `row` that expandCompactRow would not give back, in the DTO's
// key order (the order compactAnnotations writes them in), or null.
// Columns (id, offsets, kind, author, labels, version, times) always give
// their field back, so only the defaults are compared here.
function differingFields(row: AnnotationColumnRow, index: CodePointIndex, listFields: Partial<AnnotationDTO>): Partial<AnnotationDTO> | null {
  const { start, end } = row;
  const inText = start >= 0 && start <= end && end <= index.length;
  let differing: Partial<AnnotationDTO> | null = null;
  const set = <K extends keyof AnnotationDTO>(key: K, value: AnnotationDTO[K]) => {
    differing ??= {};
    differing[key] = value;
  };
  if (listFields.articleId !== undefined) set("articleId", listFields.articleId);
  if (listFields.revision !== undefined) set("revision", listFields.revision);
  if (row.exact !== (inText ? index.slice(start, end) : "")) set("exact", row.exact);
  if (row.prefix !== (inText ? index.slice(Math.max(0, start - CONTEXT), start) : "")) set("prefix", row.prefix);
  if (row.suffix !== (inText ? index.slice(end, Math.min(index.length, end + CONTEXT)) : "")) set("suffix", row.suffix);
  if (row.anchorState !== "ANCHORED") set("anchorState", row.anchorState);
  if (row.checkWorthiness !== null) set("checkWorthiness", row.checkWorthiness);
  if (row.confidence !== null) set("confidence", row.confidence);
  if (row.textChangedAfterVerdict !== false) set("textChangedAfterVerdict", row.textChangedAfterVerdict);
  if (row.summary !== "") set("summary", row.summary);
  if (row.verdictExplanation !== "") set("verdictExplanation", row.verdictExplanation);
  if (row.entities !== null && row.entities.length !== 0) set("entities", row.entities);
  if (row.evidence !== null && row.evidence.length !== 0) set("evidence", row.evidence);
  if (row.note !== "") set("note", row.note);
  if (row.reviewState !== "PENDING") set("reviewState", row.reviewState);
  if (row.isGold !== false) set("isGold", row.isGold);
  if (row.deletedMs !== null) set("deletedAt", new Date(row.deletedMs).toISOString());
  return differing;
}
