import { matchSpans } from "./match-spans";
import { scoresFromCounts } from "./scores-from-counts";
import type { MatchMode, MetricSpan, SpanScores } from "./types";

/**
 * Span-level scores of `candidate` against `reference`: tp = matched pairs,
 * fp = candidate spans left unmatched, fn = reference spans left unmatched.
 * Empty sets: both empty → 1, 1, 1; one empty → 0, 0, 0 (see
 * `scoresFromCounts`). Between two annotators neither is truth, so F1 (which
 * is symmetric) is the figure to show; precision and recall say who marked more.
 */
export function spanPrecisionRecallF1(reference: readonly MetricSpan[], candidate: readonly MetricSpan[], mode: MatchMode): SpanScores {
  const { pairs, unmatchedA, unmatchedB } = matchSpans(reference, candidate, mode);
  return scoresFromCounts({ tp: pairs.length, fp: unmatchedB.length, fn: unmatchedA.length });
}
