import type { EditorState } from "@tiptap/pm/state";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { canonicalTextOf } from "./canonical-text-of";
import { snapRangeToWords } from "./snap-range-to-words";
import type { PositionRange } from "../types";

/**
 * The range a new annotation would cover: the selection widened to whole
 * words, or exactly the selection when `exact` (Alt held). Null for an empty
 * selection or one of white space only. Positions, not offsets: convert
 * with `docPosToTextOffset` (UTF-16) and then to code points.
 */
export function annotatableRange(state: EditorState, options: { exact?: boolean; locale?: string } = {}): PositionRange | null {
  const { from, to } = state.selection;
  if (from === to) return null;
  const text = canonicalTextOf(state.doc);
  const start = docPosToTextOffset(text, from);
  const end = docPosToTextOffset(text, to);
  if (options.exact) return start < end ? { from: textOffsetToDocPos(text, start), to: textOffsetToDocPos(text, end) } : null;
  const snapped = snapRangeToWords(text, start, end, options.locale);
  return snapped ? { from: textOffsetToDocPos(text, snapped.start), to: textOffsetToDocPos(text, snapped.end) } : null;
}
