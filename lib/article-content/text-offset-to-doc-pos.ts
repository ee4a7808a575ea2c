/**
 * ProseMirror position, in `textToDoc(text)`, of a UTF-16 offset into the
 * canonical text.
 *
 * The mapping is `offset + 1`, and it holds everywhere, not just in the first
 * block: the doc's content starts at 0, so the first block's text starts at
 * position 1 (after its open token). Every later block's text is shifted by
 * the separator "\n\n" in the text and by a close plus an open token in the
 * document: 2 on both sides. A hardBreak occupies one position and stands for
 * one "\n". ProseMirror counts text in UTF-16 code units, like JS strings.
 *
 * An offset strictly inside a separator (between its two "\n") maps to the
 * position between the two blocks. That is a valid document position but not
 * inside a textblock, so `textBetween` from or to it drops that half of the
 * separator; anchors should start and end at block boundaries instead. An
 * offset inside a surrogate pair maps inside the pair, as ProseMirror would;
 * convert from code points with `codePointToUtf16Offset` to avoid that.
 */
export function textOffsetToDocPos(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`textOffsetToDocPos: offset ${offset} outside 0..${text.length}`);
  }
  return offset + 1;
}
