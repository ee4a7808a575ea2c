import { getSegmenter } from "./get-segmenter";
import { lineBounds } from "./line-bounds";
import type { TextSpan } from "./snap-range-to-words";

/**
 * The word under `offset` (a double-click): the Intl.Segmenter word segment
 * holding that character. Punctuation selects itself; white space selects
 * nothing (null), so a double-click between words does not make a span of
 * blanks.
 */
export function wordRangeAt(text: string, offset: number, locale?: string): TextSpan | null {
  if (offset < 0 || offset >= text.length) return null;
  const line = lineBounds(text, offset);
  if (offset >= line.end) return null;
  const segment = getSegmenter(locale).segment(text.slice(line.start, line.end)).containing(offset - line.start);
  if (!segment || /^\s+$/u.test(segment.segment)) return null;
  return { start: line.start + segment.index, end: line.start + segment.index + segment.segment.length };
}
