import { findApproximateMatches } from "./find-approximate-matches";
import { toSingleUnitAlphabet } from "./to-single-unit-alphabet";

/**
 * How well `pattern` occurs somewhere in `text`: 1 − (fewest edits of the
 * best approximate occurrence) / (pattern length), in [0, 1]; 0 when either is
 * empty. Hypothesis scores prefix/suffix similarity this way, comparing the
 * stored context with the same number of code points next to a candidate.
 */
export function textMatchScore(text: string, pattern: string): number {
  const [haystack = "", needle = ""] = toSingleUnitAlphabet([text, pattern]);
  if (needle.length === 0 || haystack.length === 0) return 0;
  const best = findApproximateMatches(haystack, needle, needle.length)[0];
  return best === undefined ? 0 : 1 - best.errors / needle.length;
}
