import { codePointToUtf16Offset } from "@/lib/article-content/code-point-to-utf16-offset";
import { hasSurrogates } from "./has-surrogates";
import { codePointLength } from "./code-point-length";

/**
 * The text between code-point offsets `start` and `end` (half-open), as
 * Python's `text[start:end]` but strict: offsets must be whole numbers with
 * 0 <= start <= end <= length, because a clamped slice of a stored range would
 * silently show different words.
 *
 * One call scans the text at most once; to slice one long text many times,
 * build a `createCodePointIndex` instead.
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!hasSurrogates(text)) {
    checkRange(start, end, text.length);
    return text.slice(start, end);
  }
  checkRange(start, end, codePointLength(text));
  const from = codePointToUtf16Offset(text, start);
  const rest = text.slice(from);
  return rest.slice(0, codePointToUtf16Offset(rest, end - start));
}

function checkRange(start: number, end: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new RangeError(`sliceCodePoints: range [${start}, ${end}) outside 0..${length}`);
  }
}
