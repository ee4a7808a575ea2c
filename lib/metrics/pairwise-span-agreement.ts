import { spanPrecisionRecallF1 } from "./span-precision-recall-f1";
import type { MatchMode, MetricSpan, PairwiseSpanScores } from "./types";

/**
 * Span scores for every unordered pair of annotators, in the record's key
 * order: for keys [x, y, z] the pairs are (x, y), (x, z), (y, z). In each, `a`
 * is the reference, so precision = tp / |b's spans| and recall = tp / |a's
 * spans|; the reverse pair would swap the two and keep F1. An annotator with
 * an empty list is compared like any other (F1 0 against anyone with spans).
 */
export function pairwiseSpanAgreement(annotators: Readonly<Record<string, readonly MetricSpan[]>>, mode: MatchMode): PairwiseSpanScores[] {
  const ids = Object.keys(annotators);
  return ids.flatMap((a, i) =>
    ids.slice(i + 1).map((b) => ({ a, b, ...spanPrecisionRecallF1(annotators[a] ?? [], annotators[b] ?? [], mode) })),
  );
}
