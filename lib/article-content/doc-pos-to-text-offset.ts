/**
 * UTF-16 offset into the canonical text of a ProseMirror position in
 * `textToDoc(text)`; the inverse of `textOffsetToDocPos` (see there for why it
 * is `pos - 1`).
 *
 * Position 0 (before the first block's open token) and `text.length + 2` (the
 * doc's content size, after the last block's close token) have no character
 * boundary of their own; they clamp to the start and the end of the text,
 * which is what a selection of the whole document means.
 */
export function docPosToTextOffset(text: string, pos: number): number {
  const docSize = text.length + 2;
  if (!Number.isInteger(pos) || pos < 0 || pos > docSize) {
    throw new RangeError(`docPosToTextOffset: position ${pos} outside 0..${docSize}`);
  }
  return Math.min(text.length, Math.max(0, pos - 1));
}
