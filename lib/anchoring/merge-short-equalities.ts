import type { TextEdit } from "./types";

// Longer unchanged runs are kept whatever surrounds them: a whole paragraph
// that stayed while a longer one moved past it is not a coincidence.
const MAX_FOLDED = 16;

/**
 * Folds an unchanged run into the hunks around it when it is no longer than
 * the larger side of the hunk on its left and of the hunk on its right (the
 * rule of diff-match-patch's semantic cleanup) and at most 16 code points. A rewritten sentence then
 * reads as one replacement instead of a few shared spaces and "the"s that the
 * shortest script happened to keep, and those stray words no longer count as
 * "this text survived from there" when re-anchoring. Repeats until stable.
 */
export function mergeShortEqualities(edits: readonly TextEdit[]): TextEdit[] {
  const merged = [...edits];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < merged.length; i++) {
      const left = merged[i] as TextEdit;
      const right = merged[i + 1] as TextEdit;
      const equal = right.oldStart - left.oldEnd;
      if (equal <= MAX_FOLDED && equal <= size(left) && equal <= size(right)) {
        merged.splice(i, 2, { oldStart: left.oldStart, oldEnd: right.oldEnd, newStart: left.newStart, newEnd: right.newEnd });
        changed = true;
        i--;
      }
    }
  }
  return merged;
}

function size(edit: TextEdit): number {
  return Math.max(edit.oldEnd - edit.oldStart, edit.newEnd - edit.newStart);
}
