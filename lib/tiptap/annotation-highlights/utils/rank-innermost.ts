import type { Interval } from "./create-interval-index";

type Ranked = Interval & { readonly id: string };

/**
 * Spans that cover one point, innermost first: the shortest span wins, then
 * the one that starts later (deeper inside a shared region), then by id so the
 * order never depends on the order the spans arrived in.
 */
export function rankInnermost<T extends Ranked>(hits: readonly T[]): T[] {
  return [...hits].sort(
    (a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
