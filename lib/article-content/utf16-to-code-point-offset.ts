import { isSurrogatePairAt } from "./is-surrogate-pair-at";

/**
 * Code-point offset of a UTF-16 offset (JS string index); the inverse of
 * `codePointToUtf16Offset`.
 *
 * Throws for an offset between the two halves of a surrogate pair: no
 * code-point offset corresponds to it, and rounding either way would store a
 * range that silently differs from what the user selected.
 */
export function utf16ToCodePointOffset(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`utf16ToCodePointOffset: offset ${utf16Offset} outside 0..${text.length}`);
  }
  let codePoints = 0;
  let index = 0;
  while (index < utf16Offset) {
    const pair = isSurrogatePairAt(text, index);
    if (pair && index + 1 === utf16Offset) {
      throw new RangeError(`utf16ToCodePointOffset: offset ${utf16Offset} splits a surrogate pair`);
    }
    index += pair ? 2 : 1;
    codePoints++;
  }
  return codePoints;
}
