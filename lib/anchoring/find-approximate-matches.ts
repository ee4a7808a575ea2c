import search from "approx-string-match";
import type { ApproximateMatch } from "./types";

/**
 * The best matches of `pattern` in `text` with at most `maxErrors` edits: all
 * exact occurrences if there are any, else every lowest-error approximate match
 * (Myers' bit-parallel algorithm via approx-string-match, as Hypothesis does).
 * Both strings must be in one single-unit alphabet (`toSingleUnitAlphabet`),
 * so offsets and error counts are in code points.
 */
export function findApproximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  // The library does not look for exact matches first; indexOf is much faster.
  const exact: ApproximateMatch[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0) return exact;
  return search(text, pattern, maxErrors);
}
