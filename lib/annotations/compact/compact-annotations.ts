import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { CompactAnnotations } from "./compact-annotations-types";
import { toDictionaryColumn } from "./dictionary-column";
import { expandCompactRow } from "./expand-compact-row";

/**
 * The page payload form of `annotations` (all on one article revision whose
 * text `index` covers): see CompactAnnotations. Each row is expanded again
 * here and every field that does not come back identical is kept in
 * `extra`, so the result is lossless for any input, however unusual.
 */
export function compactAnnotations(annotations: readonly AnnotationDTO[], index: CodePointIndex, article: { id: string; revision: number }): CompactAnnotations {
  const times = annotations.map((a) => Date.parse(a.createdAt));
  const finite = times.filter(Number.isFinite);
  const createdBase = finite.reduce((min, t) => Math.min(min, t), finite[0] ?? 0);
  let previousStart = 0;
  const compact: CompactAnnotations = {
    count: annotations.length,
    articleId: article.id,
    revision: article.revision,
    ids: annotations.map((a) => a.id).join(" "),
    startDeltas: annotations.map((a) => {
      const delta = a.start - previousStart;
      previousStart = a.start;
      return delta;
    }),
    lengths: annotations.map((a) => a.end - a.start),
    kind: toDictionaryColumn(annotations.map((a) => a.kind)),
    author: toDictionaryColumn(annotations.map((a) => ({ id: a.author.id, name: a.author.name }))),
    statusId: toDictionaryColumn(annotations.map((a) => a.statusId)),
    claimTypeId: toDictionaryColumn(annotations.map((a) => a.claimTypeId)),
    entityTypeId: toDictionaryColumn(annotations.map((a) => a.entityTypeId)),
    entityId: toDictionaryColumn(annotations.map((a) => a.entityId)),
    version: toDictionaryColumn(annotations.map((a) => a.version)),
    createdBase,
    created: times.map((t) => (Number.isFinite(t) ? t - createdBase : 0)),
    updatedAfter: annotations.map((a, row) => {
      const updated = Date.parse(a.updatedAt);
      const created = times[row] as number;
      return Number.isFinite(updated) && Number.isFinite(created) ? updated - created : 0;
    }),
    extra: {},
  };
  const ids = annotations.map((a) => a.id);
  if (ids.some((id) => id === "" || /\s/.test(id))) throw new RangeError("compactAnnotations: an annotation id is empty or contains white space");
  annotations.forEach((annotation, row) => {
    const expanded = expandCompactRow(compact, index, row, annotation.id, annotation.start);
    const differing: Partial<AnnotationDTO> = {};
    let any = false;
    for (const key of Object.keys(annotation) as (keyof AnnotationDTO)[]) {
      if (!sameValue(annotation[key], expanded[key])) {
        (differing as Record<string, unknown>)[key] = annotation[key];
        any = true;
      }
    }
    if (any) compact.extra[row] = differing;
  });
  return compact;
}

// Objects (author, entities, evidence) compare by their JSON, as they travel.
// Serialising three per row was a fifth of this function's time at 5,000
// rows, so the usual cases are settled first: two empty lists, or two flat
// objects with the same keys in the same order and identical values, whose
// JSON is then necessarily the same. Anything else still compares by JSON.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b) && a.length === 0 && b.length === 0) return true;
  if (!Array.isArray(a) && !Array.isArray(b) && sameFlatObject(a as Record<string, unknown>, b as Record<string, unknown>)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

// Plain objects only: a Date or anything with toJSON has no keys of its own.
function sameFlatObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  return keys.every((key, i) => key === other[i] && a[key] === b[key] && (a[key] === null || typeof a[key] !== "object"));
}
