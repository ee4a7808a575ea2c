import type { MetricSpan } from "./types";

// The API caps offsets at 10,000,000 (lib/validations/annotation.ts); 2^26 is
// the bound under which products of two lengths stay exact doubles, which the
// matcher relies on to compare overlap ratios without rounding.
const MAX_OFFSET = 2 ** 26;

/**
 * Throws a RangeError unless `span` covers at least one code point: integer
 * offsets with 0 ≤ start < end ≤ 2^26. Stored annotations always do (the API
 * refuses empty spans); an empty one would make the overlap ratio 0/0 and let
 * exact mode match what overlap mode cannot, so it is a caller bug, not data.
 */
export function assertValidSpan(span: MetricSpan): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > MAX_OFFSET) {
    throw new RangeError(`Span ${span.id} must satisfy 0 ≤ start < end ≤ 2^26 with integer offsets; got [${start}, ${end}).`);
  }
}
