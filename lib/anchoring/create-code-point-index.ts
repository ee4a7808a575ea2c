import { isSurrogatePairAt } from "@/lib/article-content/is-surrogate-pair-at";
import { hasSurrogates } from "./has-surrogates";
import type { CodePointIndex } from "./types";

/**
 * Precomputes code-point ⇄ UTF-16 offsets of one text so that each later
 * conversion or slice is O(1), where `codePointToUtf16Offset` rescans the text
 * from its start every time. Text without surrogates needs no tables at all.
 * Costs two typed arrays as long as the text otherwise.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  if (!hasSurrogates(text)) {
    const length = text.length;
    return {
      text,
      length,
      toUtf16: (codePoint) => {
        checkOffset(codePoint, length, "code-point");
        return codePoint;
      },
      toCodePoint: (utf16) => {
        checkOffset(utf16, length, "UTF-16");
        return utf16;
      },
      slice: (start, end) => {
        checkRange(start, end, length);
        return text.slice(start, end);
      },
    };
  }
  // utf16Of[cp] = UTF-16 offset of code point cp (cp in 0..length);
  // codePointOf[u] = code point at UTF-16 offset u, or -1 inside a pair.
  const utf16Of = new Uint32Array(text.length + 1);
  const codePointOf = new Int32Array(text.length + 1);
  let cp = 0;
  let u = 0;
  while (u < text.length) {
    utf16Of[cp] = u;
    codePointOf[u] = cp;
    if (isSurrogatePairAt(text, u)) {
      codePointOf[u + 1] = -1;
      u += 2;
    } else {
      u += 1;
    }
    cp++;
  }
  utf16Of[cp] = u;
  codePointOf[u] = cp;
  const length = cp;
  const toUtf16 = (codePoint: number): number => {
    checkOffset(codePoint, length, "code-point");
    return utf16Of[codePoint] as number;
  };
  return {
    text,
    length,
    toUtf16,
    toCodePoint: (utf16) => {
      checkOffset(utf16, text.length, "UTF-16");
      const found = codePointOf[utf16] as number;
      if (found < 0) throw new RangeError(`createCodePointIndex: UTF-16 offset ${utf16} splits a surrogate pair`);
      return found;
    },
    slice: (start, end) => {
      checkRange(start, end, length);
      return text.slice(toUtf16(start), toUtf16(end));
    },
  };
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`createCodePointIndex: ${unit} offset ${offset} outside 0..${max}`);
  }
}

function checkRange(start: number, end: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new RangeError(`createCodePointIndex: range [${start}, ${end}) outside 0..${length}`);
  }
}
