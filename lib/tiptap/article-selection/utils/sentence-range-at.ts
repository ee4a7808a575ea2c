import { getSegmenter } from "./get-segmenter";
import type { TextSpan } from "./snap-range-to-words";

/**
 * The sentence around `offset` in `text` (one paragraph's text), without the
 * white space Intl.Segmenter keeps at its end: what a triple-click selects,
 * since claims are usually sentences and rarely whole paragraphs. Null when
 * `offset` is outside the text or only white space is there.
 */
export function sentenceRangeAt(text: string, offset: number, locale?: string): TextSpan | null {
  if (text.length === 0 || offset < 0 || offset > text.length) return null;
  const at = Math.min(offset, text.length - 1);
  const segment = getSegmenter(locale, "sentence").segment(text).containing(at);
  if (!segment) return null;
  let start = segment.index;
  let end = segment.index + segment.segment.length;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}
