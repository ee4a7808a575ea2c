import type { TextEdit, TextRange } from "./types";

/**
 * Where the characters of a candidate range of the new text came from,
 * according to a diff: `own` counts those unchanged from inside the
 * annotation's old span, `foreign` those unchanged from elsewhere in the old
 * text; the rest were inserted. A candidate made of foreign characters is
 * other, pre-existing words, however similar they look.
 */
export function attributeRange(
  edits: readonly TextEdit[],
  oldSpan: TextRange,
  candidate: TextRange,
  newLength: number,
): { own: number; foreign: number } {
  let own = 0;
  let foreign = 0;
  let oldAt = 0;
  let newAt = 0;
  const count = (newEnd: number) => {
    // The unchanged run new [newAt, newEnd) ↔ old [oldAt, …).
    const from = Math.max(newAt, candidate.start);
    const to = Math.min(newEnd, candidate.end);
    if (from >= to) return;
    const oldFrom = oldAt + (from - newAt);
    const oldTo = oldAt + (to - newAt);
    const inside = Math.max(0, Math.min(oldTo, oldSpan.end) - Math.max(oldFrom, oldSpan.start));
    own += inside;
    foreign += to - from - inside;
  };
  for (const edit of edits) {
    if (newAt >= candidate.end) break;
    count(edit.newStart);
    oldAt = edit.oldEnd;
    newAt = edit.newEnd;
  }
  if (newAt < candidate.end) count(newLength);
  return { own, foreign };
}
