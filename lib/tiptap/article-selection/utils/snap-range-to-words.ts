import { getSegmenter } from "./get-segmenter";
import { lineBounds } from "./line-bounds";

export type TextSpan = { start: number; end: number };

const SPACE = /\s/u;

/**
 * Widens [start, end) (UTF-16 offsets into `text`) so that neither end cuts
 * a word, then trims white space off both ends, the way annotators expect a
 * sloppy drag to land: "…the Prime Min|ister said" → "Prime Minister".
 * Word boundaries are Unicode's (Intl.Segmenter), so this works for scripts
 * without spaces and never splits an emoji or a surrogate pair. Returns null
 * when nothing but white space was selected.
 */
export function snapRangeToWords(text: string, start: number, end: number, locale?: string): TextSpan | null {
  if (!(start < end) || start < 0 || end > text.length) return null;
  let from = start;
  let to = end;
  const startWord = wordAround(text, from, locale);
  if (startWord && startWord.start < from) from = startWord.start;
  const endWord = wordAround(text, to - 1, locale);
  if (endWord && endWord.end > to) to = endWord.end;
  while (from < to && SPACE.test(text[from] as string)) from++;
  while (to > from && SPACE.test(text[to - 1] as string)) to--;
  return from < to ? { start: from, end: to } : null;
}

// The word-like segment that contains the character at `offset`, if any.
function wordAround(text: string, offset: number, locale?: string): TextSpan | null {
  const line = lineBounds(text, offset);
  if (offset >= line.end) return null;
  const segment = getSegmenter(locale).segment(text.slice(line.start, line.end)).containing(offset - line.start);
  if (!segment || !segment.isWordLike) return null;
  return { start: line.start + segment.index, end: line.start + segment.index + segment.segment.length };
}
