import { clusterSpans } from "./cluster-spans";
import type { MatchMode, MetricSpan, SpanAlignment } from "./types";

/**
 * Groups the spans of any number of annotators into units (at most one span
 * per annotator each), the input Krippendorff's alpha needs. With two
 * annotators the units are exactly `matchSpans`' pairs plus its unmatched
 * spans as singletons. Coders keep the record's key order; an annotator with
 * no spans still gets a column (all null), so "assigned but annotated nothing"
 * stays visible.
 */
export function alignSpans<S extends MetricSpan>(annotators: Readonly<Record<string, readonly S[]>>, mode: MatchMode): SpanAlignment<S> {
  const coders = Object.keys(annotators);
  return { coders, units: clusterSpans(coders.map((coder) => annotators[coder] ?? []), mode) };
}
