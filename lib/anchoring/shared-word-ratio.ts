const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The share of the words of `before` that survive, in order and unchanged, in
 * `after` (longest common subsequence of words ÷ words of `before`); 1 when
 * `before` has no words. Edit distance alone cannot tell a fixed typo in every
 * word from one changed word; this can.
 */
export function sharedWordRatio(before: string, after: string): number {
  const x = before.match(WORD) ?? [];
  const y = after.match(WORD) ?? [];
  if (x.length === 0) return 1;
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      current[j] = x[i - 1] === y[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return (previous[y.length] as number) / x.length;
}
