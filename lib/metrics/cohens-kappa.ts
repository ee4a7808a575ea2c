import type { KappaResult } from "./types";

/**
 * Cohen's kappa for two coders who each gave one categorical value to the
 * same n items (one tuple per item):
 *
 *   p_o = share of items with equal values
 *   p_e = Σ_k (a_k / n)(b_k / n), a_k and b_k how often each coder used k
 *   κ   = (p_o − p_e) / (1 − p_e)
 *
 * computed as (n·agree − Σ a_k b_k) / (n² − Σ a_k b_k) so the only rounding
 * is the final division. −1 ≤ κ ≤ 1.
 *
 * Undefined cases are null with a reason, never a number:
 * - no items: "no-items";
 * - p_e = 1, which happens exactly when both coders used one and the same
 *   category for every item: "single-category". Observed agreement is then 1
 *   and is returned, but kappa is 0/0: when chance alone predicts total
 *   agreement, the data cannot show agreement beyond chance, and reporting 1
 *   would claim a reliability nobody measured. Krippendorff's alpha is left
 *   undefined in the same situation, so the two figures stay consistent.
 *   (If only one coder sticks to one category, p_e < 1 and κ is defined; it
 *   is 0 whenever the other coder's choices do not track it.)
 */
export function cohensKappa<L extends string | number>(pairs: ReadonlyArray<readonly [L, L]>): KappaResult {
  const n = pairs.length;
  if (n === 0) return { kappa: null, reason: "no-items", observed: null, expected: null, n };

  const countsA = new Map<L, number>();
  const countsB = new Map<L, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
  }
  let chance = 0; // Σ a_k b_k, i.e. n² · p_e
  for (const [label, count] of countsA) chance += count * (countsB.get(label) ?? 0);

  const observed = agree / n;
  const expected = chance / (n * n);
  if (chance === n * n) return { kappa: null, reason: "single-category", observed, expected, n };
  return { kappa: (n * agree - chance) / (n * n - chance), observed, expected, n };
}
