import { compareCodeUnits } from "./compare-code-units";

/**
 * Non-overlapping spans for formats that allow one label per token (BIO):
 * spans are taken by start, longest first, and one that overlaps a span
 * already taken is dropped. So of nested spans the outermost wins, and of two
 * crossing spans the one starting first. Empty spans are dropped. Returns the
 * kept spans in document order.
 */
export function outermostSpans<T extends { id: string; start: number; end: number }>(spans: readonly T[]): T[] {
  const ordered = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || compareCodeUnits(a.id, b.id));
  const kept: T[] = [];
  let reach = 0;
  for (const span of ordered) {
    if (span.start < reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}
