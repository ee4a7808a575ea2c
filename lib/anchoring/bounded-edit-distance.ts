/**
 * Levenshtein distance between two strings counted in code points, or
 * `max + 1` as soon as it is known to exceed `max`. Only the diagonal band of
 * width 2·max + 1 is computed (Ukkonen), so checking "is this a small edit of
 * that" costs O(length · max), not O(length²).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const limit = Math.max(0, Math.floor(max));
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  const over = limit + 1;
  // row[j] = distance between x[0..i) and y[0..j), capped at `over`.
  let previous = new Int32Array(y.length + 1).fill(over);
  let current = new Int32Array(y.length + 1).fill(over);
  for (let j = 0; j <= Math.min(y.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current.fill(over);
    const from = Math.max(0, i - limit);
    const to = Math.min(y.length, i + limit);
    if (from === 0) current[0] = i;
    let best = from === 0 ? i : over;
    for (let j = Math.max(1, from); j <= to; j++) {
      const substitute = (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1);
      const remove = (previous[j] as number) + 1;
      const insert = (current[j - 1] as number) + 1;
      const value = Math.min(substitute, remove, insert, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[y.length] as number, over);
}
