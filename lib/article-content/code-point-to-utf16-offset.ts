import { isSurrogatePairAt } from "./is-surrogate-pair-at";

/**
 * UTF-16 offset (JS string index) of a code-point offset.
 *
 * Stored offsets count Unicode code points, as the W3C TextPositionSelector
 * and Python string slicing do; JS strings index UTF-16 code units, where an
 * astral character such as "😀" takes two. A lone surrogate counts as one
 * code point, as it does in Python. Combining marks are code points of their
 * own: "e\u0301" is two, whatever it looks like.
 */
export function codePointToUtf16Offset(text: string, codePoint: number): number {
  if (!Number.isInteger(codePoint) || codePoint < 0) {
    throw new RangeError(`codePointToUtf16Offset: invalid code-point offset ${codePoint}`);
  }
  let offset = 0;
  for (let seen = 0; seen < codePoint; seen++) {
    if (offset >= text.length) {
      throw new RangeError(`codePointToUtf16Offset: code-point offset ${codePoint} past the end of the text`);
    }
    offset += isSurrogatePairAt(text, offset) ? 2 : 1;
  }
  return offset;
}
