// A word of a member's text for alignment: letters and digits only, with its
// code-point offsets, and a key that ignores case, accents and apostrophes so
// that "Hamas’" and "Hamas'" or "Zaheer" and "zaheer" line up.
export type Word = { text: string; key: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let codePoints = 0;
  let utf16 = 0;
  for (const match of text.matchAll(WORD)) {
    // Count code points up to the match without rescanning from the start.
    codePoints += [...text.slice(utf16, match.index)].length;
    const length = [...match[0]].length;
    const key = match[0].normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]s$/u, "").replace(/['’]/gu, "");
    words.push({ text: match[0], key, start: codePoints, end: codePoints + length });
    codePoints += length;
    utf16 = match.index + match[0].length;
  }
  return words;
}
