import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { CompactAnnotations } from "./compact-annotations-types";
import { expandCompactRow } from "./expand-compact-row";

/** The annotations `compactAnnotations` was given, from its result and the same text. */
export function expandAnnotations(compact: CompactAnnotations, index: CodePointIndex): AnnotationDTO[] {
  const ids = compact.count === 0 ? [] : compact.ids.split(" ");
  if (ids.length !== compact.count) throw new RangeError(`expandAnnotations: ${ids.length} ids for ${compact.count} annotations`);
  const list: AnnotationDTO[] = new Array(compact.count);
  let start = 0;
  for (let row = 0; row < compact.count; row++) {
    start += compact.startDeltas[row] ?? 0;
    const base = expandCompactRow(compact, index, row, ids[row] as string, start);
    const extra = compact.extra[row];
    list[row] = extra ? { ...base, ...extra } : base;
  }
  return list;
}
