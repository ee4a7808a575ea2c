import { isSurrogatePairAt } from "@/lib/article-content/is-surrogate-pair-at";
import { createCodePointIndex } from "./create-code-point-index";
import type { QuoteLike, TextRange } from "./types";

/**
 * Every exact match of a TextQuoteSelector in `text`, in document order, as
 * Apache Annotator's text-quote matcher defines it: `prefix + exact + suffix`
 * must occur contiguously, overlapping matches all count ("ana" twice in
 * "bananas"), and an empty `exact` matches at every position. With `scope`
 * (code points), a match and its prefix/suffix must lie wholly inside it.
 *
 * Returned offsets are code points into `text` (not into the scope). Matches
 * that would start or end inside a surrogate pair, possible only when the
 * selector itself holds a lone surrogate, are skipped.
 */
export function matchQuote(text: string, selector: QuoteLike, scope?: TextRange): TextRange[] {
  const scopeStart = scope?.start ?? 0;
  const region = scope === undefined ? text : createCodePointIndex(text).slice(scope.start, scope.end);
  const prefix = selector.prefix ?? "";
  const needle = prefix + selector.exact + (selector.suffix ?? "");

  const matches: TextRange[] = [];
  // Code points are counted incrementally between consecutive hits, so the
  // whole search stays linear in the text however many matches there are.
  let countedTo = 0;
  let codePoints = 0;
  const codePointsUpTo = (utf16: number): number => {
    while (countedTo < utf16) {
      countedTo += isSurrogatePairAt(region, countedTo) ? 2 : 1;
      codePoints++;
    }
    return codePoints;
  };

  for (let hit = region.indexOf(needle); hit !== -1; hit = region.indexOf(needle, nextStart(region, hit))) {
    const from = hit + prefix.length;
    const to = from + selector.exact.length;
    if ([hit, from, to, hit + needle.length].some((at) => splitsPair(region, at))) continue;
    const start = codePointsUpTo(from);
    const end = start + countCodePoints(region, from, to);
    matches.push({ start: scopeStart + start, end: scopeStart + end });
    if (hit >= region.length) break;
  }
  return matches;
}

// The next search starts one code point later: overlapping matches count, and
// an empty needle must not stop between the halves of an emoji.
function nextStart(text: string, hit: number): number {
  return hit + (isSurrogatePairAt(text, hit) ? 2 : 1);
}

function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isSurrogatePairAt(text, at - 1);
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at += isSurrogatePairAt(text, at) ? 2 : 1) count++;
  return count;
}
