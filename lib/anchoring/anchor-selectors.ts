import { createCodePointIndex } from "./create-code-point-index";
import { matchQuote } from "./match-quote";
import { matchQuoteFuzzy } from "./match-quote-fuzzy";
import { nearestRange } from "./nearest-range";
import type { AnchorResult, QuoteLike, TextRange } from "./types";

/**
 * Finds a stored selector pair in `text` (the same revision, or one whose
 * offsets are only a hint), Hypothesis' way:
 *
 * 1. "position": the stored range, if it lies in the text and still covers
 *    exactly `quote.exact`;
 * 2. "quote": an exact occurrence of prefix + exact + suffix, the one nearest
 *    the stored start when there are several; else the only occurrence of
 *    `exact` alone;
 * 3. the best fuzzy match (`matchQuoteFuzzy`, hinted by the stored start):
 *    "quote" if it covers `exact` verbatim (an occurrence picked by its
 *    context), "fuzzy" if the covered text differs;
 * 4. null.
 */
export function anchorSelectors(text: string, selectors: { position?: TextRange; quote: QuoteLike }): AnchorResult | null {
  const { position, quote } = selectors;
  const index = createCodePointIndex(text);
  if (position !== undefined && isRangeIn(position, index.length) && index.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: "position" };
  }
  const hint = position !== undefined && Number.isInteger(position.start) ? position.start : undefined;

  const inContext = nearestRange(matchQuote(text, quote), hint);
  if (inContext !== undefined) return { start: inContext.start, end: inContext.end, method: "quote" };
  if (quote.prefix || quote.suffix) {
    const bare = matchQuote(text, { exact: quote.exact });
    const only = bare.length === 1 ? bare[0] : undefined;
    if (only !== undefined) return { start: only.start, end: only.end, method: "quote" };
  }

  const fuzzy = matchQuoteFuzzy(text, quote, { hint });
  if (fuzzy === null) return null;
  const verbatim = index.slice(fuzzy.start, fuzzy.end) === quote.exact;
  return { start: fuzzy.start, end: fuzzy.end, method: verbatim ? "quote" : "fuzzy" };
}

function isRangeIn(range: TextRange, length: number): boolean {
  return Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= length;
}
