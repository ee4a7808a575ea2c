import { coincidenceMatrix } from "./coincidence-matrix";
import type { AlphaResult } from "./types";

/** Difference functions δ²(c, k) by level of measurement. */
const DIFFERENCES: Record<"nominal", (c: number, k: number) => number> = {
  // Categories are unordered (verification status, claim type): any two
  // different values disagree equally. c and k are indexes into the values.
  nominal: (c, k) => (c === k ? 0 : 1),
};

/**
 * Krippendorff's alpha for any number of coders with missing values, by the
 * coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability". `units[u]` is one unit's values, one slot per coder,
 * null where that coder gave none. Only the nominal level exists so far;
 * callers still name it, because alpha differs by level.
 *
 *   D_o = (1 / n) Σ_c Σ_k o_ck δ²(c, k)
 *   D_e = (1 / (n (n − 1))) Σ_c Σ_k n_c n_k δ²(c, k)
 *   α   = 1 − D_o / D_e
 *
 * Units with fewer than two values are dropped (nothing to pair them with).
 * Undefined cases are null with a reason: no pairable values at all
 * ("no-pairable-values"), or D_e = 0, i.e. every pairable value the same
 * ("single-category": no variation to be reliable about; see `cohensKappa`
 * for why this is not reported as 1).
 */
export function krippendorffsAlpha<L extends string | number>(units: ReadonlyArray<ReadonlyArray<L | null>>, level: "nominal"): AlphaResult {
  const { matrix, totals, n } = coincidenceMatrix(units);
  if (n === 0) return { alpha: null, reason: "no-pairable-values", n };

  const delta = DIFFERENCES[level];
  let observed = 0;
  let expected = 0;
  matrix.forEach((row, c) => {
    row.forEach((cell, k) => {
      observed += cell * delta(c, k);
      expected += totals[c]! * totals[k]! * delta(c, k);
    });
  });
  if (expected === 0) return { alpha: null, reason: "single-category", n };

  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  return { alpha: 1 - observedDisagreement / expectedDisagreement, n, observedDisagreement, expectedDisagreement };
}
