import { codePointToUtf16Offset } from "@/lib/article-content/code-point-to-utf16-offset";
import { isSurrogatePairAt } from "@/lib/article-content/is-surrogate-pair-at";
import { codePointLength } from "./code-point-length";
import type { TextQuoteSelector } from "./types";

/**
 * The TextQuoteSelector of the code-point range [start, end) of `text`: the
 * covered text plus up to `contextLength` code points either side (fewer at
 * the text's edges), counted in code points so a surrogate pair is never cut.
 * 32 is what Hypothesis stores and what our rows keep.
 *
 * The context is fixed-length rather than Apache Annotator's minimal
 * disambiguating one: it is what re-anchoring after edits needs (a
 * minimal context of "" says nothing once the text around has changed).
 */
export function describeQuote(text: string, start: number, end: number, contextLength = 32): TextQuoteSelector {
  const length = codePointLength(text);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new RangeError(`describeQuote: range [${start}, ${end}) outside 0..${length}`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`describeQuote: invalid context length ${contextLength}`);
  }
  const from = codePointToUtf16Offset(text, start);
  const to = from + codePointToUtf16Offset(text.slice(from), end - start);
  return {
    type: "TextQuoteSelector",
    exact: text.slice(from, to),
    prefix: text.slice(stepBack(text, from, contextLength), from),
    suffix: text.slice(to, stepForward(text, to, contextLength)),
  };
}

function stepBack(text: string, index: number, codePoints: number): number {
  let at = index;
  for (let n = 0; n < codePoints && at > 0; n++) at -= at >= 2 && isSurrogatePairAt(text, at - 2) ? 2 : 1;
  return at;
}

function stepForward(text: string, index: number, codePoints: number): number {
  let at = index;
  for (let n = 0; n < codePoints && at < text.length; n++) at += isSurrogatePairAt(text, at) ? 2 : 1;
  return at;
}
