import { boundedEditDistance } from "./bounded-edit-distance";
import { codePointLength } from "./code-point-length";
import type { CodePointIndex, TextRange } from "./types";

const CONTEXT_LENGTH = 32;

/**
 * How closely the text around `range` matches a stored prefix and suffix, each
 * in [0, 1]: 1 − (edit distance ÷ longer length) between the stored context
 * and as much text next to the range (32 code points, or more if the stored
 * context is longer). Unlike Hypothesis' score this is a global comparison,
 * so edges count: a stored prefix of "A" (the quote sat one character after
 * the start of the text) does not match 32 characters ending in "A", and an
 * empty stored side matches only the same text edge (1) or nothing (0).
 */
export function contextSimilarity(
  index: CodePointIndex,
  range: TextRange,
  prefix: string,
  suffix: string,
): { prefix: number; suffix: number } {
  const prefixLength = Math.max(CONTEXT_LENGTH, codePointLength(prefix));
  const suffixLength = Math.max(CONTEXT_LENGTH, codePointLength(suffix));
  const before = index.slice(Math.max(0, range.start - prefixLength), range.start);
  const after = index.slice(range.end, Math.min(index.length, range.end + suffixLength));
  return { prefix: similarity(prefix, before), suffix: similarity(suffix, after) };
}

function similarity(stored: string, actual: string): number {
  const longest = Math.max(codePointLength(stored), codePointLength(actual));
  if (longest === 0) return 1;
  return 1 - boundedEditDistance(stored, actual, longest) / longest;
}
