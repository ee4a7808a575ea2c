/**
 * The [start, end) of the line of `text` that holds `offset` (no "\n" inside).
 * An offset right before a "\n" belongs to the line that ends there. Words
 * never cross a line break, so segmenting only this line keeps a lookup
 * proportional to a paragraph, not to a 20,000-word article.
 */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
  const next = text.indexOf("\n", offset);
  return { start, end: next === -1 ? text.length : next };
}
