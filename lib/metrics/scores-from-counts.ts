import type { SpanCounts, SpanScores } from "./types";

/**
 * Precision, recall and F1 from counts; the one place that defines the empty
 * cases, so per-article and pooled per-project figures agree.
 *
 * - Nothing on either side (tp = fp = fn = 0): all three are 1. Both
 *   annotators agree there is nothing to annotate, which is total agreement;
 *   NaN would blank the cell, and 0 would read as total disagreement.
 * - Otherwise a ratio whose denominator is 0 is 0: when one side is empty
 *   the other's spans are all misses, and F1 = 2tp / (2tp + fp + fn) = 0.
 *
 * Pool per project by summing the counts of each article and calling this
 * again (micro-average); averaging per-article F1 would let articles that
 * nobody annotated count as perfect scores.
 */
export function scoresFromCounts({ tp, fp, fn }: SpanCounts): SpanScores {
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
