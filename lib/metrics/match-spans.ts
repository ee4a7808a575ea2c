import { clusterSpans } from "./cluster-spans";
import type { MatchMode, MetricSpan, SpanMatching } from "./types";

/**
 * Pairs annotator A's spans with annotator B's one-to-one.
 *
 * "exact": same kind, start and end. "overlap": same kind and at least one
 * code point in common, resolved greedily by descending Jaccard with
 * left-to-right tie-breaks (see `clusterSpans` for the exact order and why
 * greedy). Pairs and unmatched spans come in text order.
 *
 * Throws a RangeError for an empty or malformed span (see `assertValidSpan`).
 */
export function matchSpans<S extends MetricSpan>(a: readonly S[], b: readonly S[], mode: MatchMode): SpanMatching<S> {
  const matching: SpanMatching<S> = { pairs: [], unmatchedA: [], unmatchedB: [] };
  for (const [spanA, spanB] of clusterSpans([a, b], mode)) {
    if (spanA && spanB) {
      const overlap = Math.min(spanA.end, spanB.end) - Math.max(spanA.start, spanB.start);
      const union = Math.max(spanA.end, spanB.end) - Math.min(spanA.start, spanB.start);
      matching.pairs.push({ a: spanA, b: spanB, overlap, jaccard: overlap / union });
    } else if (spanA) matching.unmatchedA.push(spanA);
    else if (spanB) matching.unmatchedB.push(spanB);
  }
  return matching;
}
