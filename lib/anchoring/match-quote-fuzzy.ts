import { findApproximateMatches } from "./find-approximate-matches";
import { textMatchScore } from "./text-match-score";
import { toSingleUnitAlphabet } from "./to-single-unit-alphabet";
import type { ApproximateMatch, FuzzyMatchOptions, FuzzyQuoteMatch, QuoteLike } from "./types";

// Hypothesis' weights: the quote itself dominates, the context on either side
// separates near-equal candidates, and distance from the hint only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * The best approximate match of a quote selector in `text`, or null when no
 * match within `maxErrors` edits exists (or `exact` or `text` is empty).
 *
 * Hypothesis' `matchQuote`: find the lowest-error matches of `exact` (all
 * exact ones if any), then rank them by a score in [0, 1] combining the
 * quote's similarity, the similarity of the text before and after to
 * `prefix`/`suffix` (1 when the selector has none), and closeness to `hint`.
 * Equal scores keep document order. All offsets and lengths are code points.
 */
export function matchQuoteFuzzy(text: string, selector: QuoteLike, options: FuzzyMatchOptions = {}): FuzzyQuoteMatch | null {
  const [all = "", exact = "", prefix = "", suffix = ""] = toSingleUnitAlphabet([
    text,
    selector.exact,
    selector.prefix ?? "",
    selector.suffix ?? "",
  ]);
  if (exact.length === 0) return null;
  const scope = options.scope ?? { start: 0, end: all.length };
  if (!Number.isInteger(scope.start) || !Number.isInteger(scope.end) || scope.start < 0 || scope.start > scope.end || scope.end > all.length) {
    throw new RangeError(`matchQuoteFuzzy: scope [${scope.start}, ${scope.end}) outside 0..${all.length}`);
  }
  const maxErrors = options.maxErrors ?? Math.min(256, exact.length / 2);
  const matches = findApproximateMatches(all.slice(scope.start, scope.end), exact, maxErrors).map((match) => ({
    start: match.start + scope.start,
    end: match.end + scope.start,
    errors: match.errors,
  }));

  const score = (match: ApproximateMatch): number => {
    const quoteScore = 1 - match.errors / exact.length;
    const prefixScore = prefix ? textMatchScore(all.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
    const suffixScore = suffix ? textMatchScore(all.slice(match.end, match.end + suffix.length), suffix) : 1;
    const positionScore = options.hint === undefined ? 1 : 1 - Math.abs(match.start - options.hint) / all.length;
    const raw =
      QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
    return raw / MAX_SCORE;
  };

  let best: FuzzyQuoteMatch | null = null;
  for (const match of matches) {
    const scored = { ...match, score: score(match) };
    if (best === null || scored.score > best.score) best = scored;
  }
  return best;
}
