import type { BenchSpan } from "./generate-spans";

export type SpanStats = { count: number; overlapping: number; nested: number; claims: number; mentions: number };

// How many spans partially overlap another (cross its start or end) and how
// many lie inside another one. `spans` must be sorted by start, then by end
// descending, so a container always comes before what it contains.
export function spanStats(spans: readonly BenchSpan[]): SpanStats {
  const overlapping = new Set<number>();
  const nested = new Set<number>();
  for (let i = 0; i < spans.length; i++) {
    const outer = spans[i]!;
    for (let j = i + 1; j < spans.length && spans[j]!.start < outer.end; j++) {
      if (spans[j]!.end <= outer.end) {
        nested.add(j);
      } else {
        overlapping.add(i);
        overlapping.add(j);
      }
    }
  }
  const claims = spans.filter((s) => s.kind === "CLAIM").length;
  return { count: spans.length, overlapping: overlapping.size, nested: nested.size, claims, mentions: spans.length - claims };
}
