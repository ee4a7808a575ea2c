import type { TextRange } from "./types";

/** The range starting closest to `hint` (the first one on a tie or without a hint); undefined for none. */
export function nearestRange<T extends TextRange>(ranges: readonly T[], hint?: number): T | undefined {
  let best: T | undefined;
  for (const range of ranges) {
    if (best === undefined) best = range;
    else if (hint !== undefined && Math.abs(range.start - hint) < Math.abs(best.start - hint)) best = range;
  }
  return best;
}
