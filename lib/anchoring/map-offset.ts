import type { MapBias, TextEdit } from "./types";

/**
 * Carries a code-point offset of the old text into the new one through a diff.
 *
 * Offsets in unchanged text shift by what was inserted or deleted before them.
 * An offset at the edge of a deleted or replaced run maps to the same edge of
 * its replacement (a span starting at a replaced word starts at the new word).
 * Two cases have no single answer, and `bias` picks: text inserted exactly at
 * the offset ("left": before it, "right": after it), and an offset strictly
 * inside a replaced run ("left": start of the replacement, "right": its end).
 * Map an annotation's start with "right" and its end with "left", so
 * insertions at its edges stay outside and a span swallowed by a replacement
 * collapses (start > end) instead of growing over new words.
 */
export function mapOffset(edits: readonly TextEdit[], offset: number, bias: MapBias): number {
  let shift = 0;
  for (const edit of edits) {
    if (offset < edit.oldStart) break;
    if (offset === edit.oldStart) {
      if (edit.oldStart < edit.oldEnd) return edit.newStart;
      return bias === "left" ? edit.newStart : edit.newEnd;
    }
    if (offset < edit.oldEnd) return bias === "left" ? edit.newStart : edit.newEnd;
    shift = edit.newEnd - edit.oldEnd;
  }
  return offset + shift;
}
