import type { CodePointIndex, TextQuoteSelector } from "@/lib/anchoring/types";

/**
 * The TextQuoteSelector of [start, end) cut from the exported text itself,
 * with up to `contextLength` code points either side: what `describeQuote`
 * gives, in O(1) per call through the article's code-point index instead of a
 * rescan of the text. Cut from the text rather than copied from the stored
 * row, so the quote always matches what is exported.
 */
export function quoteSelectorAt(index: CodePointIndex, start: number, end: number, contextLength = 32): TextQuoteSelector {
  return {
    type: "TextQuoteSelector",
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - contextLength), start),
    suffix: index.slice(end, Math.min(index.length, end + contextLength)),
  };
}
