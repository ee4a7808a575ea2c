import type { TextEdit } from "./types";

/**
 * A shortest edit script from `a` to `b` (Myers' O((N+M)·D) greedy algorithm,
 * after trimming the common prefix and suffix), as hunks in element indices.
 *
 * The search keeps one snapshot of its frontier per edit step, O(D²) memory;
 * past `maxCost` insertions plus deletions it gives up and returns the whole
 * trimmed middle as one hunk, which is still a correct (if coarse) script.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxCost = 3000): TextEdit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 && m === 0) return [];
  const whole: TextEdit = { oldStart: head, oldEnd: head + n, newStart: head, newEnd: head + m };
  if (n === 0 || m === 0) return [whole];

  const equal = (x: number, y: number) => a[head + x] === b[head + y];
  const snakes = shortestPath(n, m, equal, maxCost);
  if (snakes === null) return [whole];

  const edits: TextEdit[] = [];
  let x = 0;
  let y = 0;
  for (const [sx, sy, length] of [...snakes, [n, m, 0] as const]) {
    if (sx > x || sy > y) edits.push({ oldStart: head + x, oldEnd: head + sx, newStart: head + y, newEnd: head + sy });
    x = sx + length;
    y = sy + length;
  }
  return edits;
}

// Returns the diagonal runs (x, y, length) of a shortest path from (0, 0) to
// (n, m) in document order, or null past maxCost.
function shortestPath(
  n: number,
  m: number,
  equal: (x: number, y: number) => boolean,
  maxCost: number,
): Array<readonly [number, number, number]> | null {
  const limit = Math.min(n + m, maxCost);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds v[k] for k in -d..d as it was before step d.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
        ? (v[offset + k + 1] as number)
        : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && equal(x, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  const snakes: Array<readonly [number, number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const k = x - y;
    let startX = 0;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const before = trace[d] as Int32Array;
      const at = (diagonal: number) => before[diagonal + d] as number;
      const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
      prevX = at(prevK);
      prevY = prevX - prevK;
      // One insertion (from the diagonal above: y moves) or deletion (x moves).
      startX = prevK === k + 1 ? prevX : prevX + 1;
    }
    if (x > startX) snakes.push([startX, startX - k, x - startX]);
    x = prevX;
    y = prevY;
  }
  return snakes.reverse();
}
