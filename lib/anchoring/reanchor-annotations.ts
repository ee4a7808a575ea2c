import { createCodePointIndex } from "./create-code-point-index";
import { diffTexts } from "./diff-texts";
import { reanchorAnnotation } from "./reanchor-annotation";
import type { ReanchorInput, ReanchorResult } from "./types";

/**
 * Moves annotations stored against `oldText` onto `newText`, one result per
 * input in input order. For each annotation, in turn:
 *
 * 1. "mapped": its offsets carried through a word-level diff of the two texts
 *    (`diffTexts`, `mapOffset`) still frame exactly the old quote;
 * 2. "quote": the old quote occurs verbatim elsewhere with evidence that it is
 *    the same passage (moved paragraph): context, the diff, or length;
 * 3. "fuzzy": a small edit of the old quote (≤ 1/3 of its code points, ≥ 1/2
 *    of its words kept) near the mapped place, made of its own surviving text;
 * 4. otherwise "orphaned", with the reason.
 *
 * `textChanged` is true when the new covered text differs from the old quote,
 * so a verdict given on the old words can be flagged for review. Offsets are
 * code points. Pure: no I/O.
 */
export function reanchorAnnotations(oldText: string, newText: string, annotations: readonly ReanchorInput[]): ReanchorResult[] {
  const pair = { oldIndex: createCodePointIndex(oldText), newIndex: createCodePointIndex(newText), edits: diffTexts(oldText, newText) };
  return annotations.map((annotation) => reanchorAnnotation(pair, annotation));
}
