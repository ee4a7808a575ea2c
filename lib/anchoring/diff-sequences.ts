import diffSequence from "@jest/diff-sequences";
import type { TextEdit } from "./types";

// Above this many element comparisons the diff gives up (about 0.1 s of CPU
// here: a whole-article rewrite, where a fine script helps no annotation).
const DEFAULT_MAX_COMPARISONS = 5_000_000;

class OverBudget extends Error {}

/**
 * A shortest edit script from `a` to `b`, as hunks in element indices.
 *
 * The search is Jest's linear-space Myers implementation (@jest/diff-sequences);
 * here we only trim the common ends, bound its work, and turn its common runs
 * into hunks. Past `maxComparisons` it gives up and returns the whole trimmed
 * middle as one hunk, which is still a correct (if coarse) script.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxComparisons = DEFAULT_MAX_COMPARISONS): TextEdit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 && m === 0) return [];
  const whole: TextEdit = { oldStart: head, oldEnd: head + n, newStart: head, newEnd: head + m };
  if (n === 0 || m === 0) return [whole];

  const runs: Array<readonly [number, number, number]> = [];
  let comparisons = 0;
  try {
    diffSequence(
      n,
      m,
      (x, y) => {
        if (++comparisons > maxComparisons) throw new OverBudget();
        return a[head + x] === b[head + y];
      },
      (length, x, y) => runs.push([x, y, length]),
    );
  } catch (error) {
    if (error instanceof OverBudget) return [whole];
    throw error;
  }

  // Common runs arrive in order; everything between two of them is one hunk.
  const edits: TextEdit[] = [];
  let x = 0;
  let y = 0;
  for (const [sx, sy, length] of [...runs, [n, m, 0] as const]) {
    if (sx > x || sy > y) edits.push({ oldStart: head + x, oldEnd: head + sx, newStart: head + y, newEnd: head + sy });
    x = sx + length;
    y = sy + length;
  }
  return edits;
}
