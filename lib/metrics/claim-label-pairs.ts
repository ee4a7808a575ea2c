import type { LabelKey, MetricSpan, SpanPair } from "./types";

/**
 * The `field` values (e.g. "statusId", "claimTypeId") of matched claims as
 * Cohen's kappa input: one [a's value, b's value] per pair, in pair order.
 * A pair where either annotator left the field empty (null or undefined) is
 * skipped: kappa has no notion of a missing value, and counting "unset" as a
 * category would reward two annotators for both not finishing. Krippendorff's
 * alpha, which does handle missing values, gets them via `claimLabelUnits`.
 */
export function claimLabelPairs<S extends MetricSpan>(pairs: ReadonlyArray<SpanPair<S>>, field: LabelKey<S>): Array<[string, string]> {
  return pairs.flatMap(({ a, b }) => {
    const valueA = a[field] as string | null | undefined;
    const valueB = b[field] as string | null | undefined;
    return valueA == null || valueB == null ? [] : [[valueA, valueB] as [string, string]];
  });
}
