import type { MetricSpan } from "./types";

/**
 * Overlap of two half-open ranges divided by their union, in code points:
 * 1 for identical ranges, 0 for disjoint or merely adjacent ones ([0, 5) and
 * [5, 9) share no code point). Kinds are ignored here; matching checks them.
 */
export function spanJaccard(a: Pick<MetricSpan, "start" | "end">, b: Pick<MetricSpan, "start" | "end">): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  // For overlapping ranges the union is one range, hull and union coincide.
  return overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}
