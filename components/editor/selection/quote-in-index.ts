import type { CodePointIndex } from "@/lib/anchoring/types";

export type IndexedQuote = { exact: string; prefix: string; suffix: string };

/**
 * The quote selector of the code-point range [start, end) — what
 * `describeQuote` returns, 32 code points of context either side — read
 * through the article's code-point index in constant time. `describeQuote`
 * measures and walks the whole text on every call (140,000 characters for a
 * 20,000-word article), which a keystroke that creates a claim cannot afford.
 */
export function quoteInIndex(index: CodePointIndex, start: number, end: number, contextLength = 32): IndexedQuote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > index.length) {
    throw new RangeError(`quoteInIndex: range [${start}, ${end}) outside 0..${index.length}`);
  }
  return {
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - contextLength), start),
    suffix: index.slice(end, Math.min(index.length, end + contextLength)),
  };
}
