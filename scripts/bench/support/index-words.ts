// A word of the article: [start, end) in code points, without the
// punctuation around it, so spans built from words end on a letter or digit
// as a word-snapping editor would make them.
export type Word = { start: number; end: number };

export type WordIndex = {
  words: Word[];
  codePointLength: number;
  // UTF-16 offset (JS string index) of every code-point offset 0..length.
  toUtf16: Int32Array;
};

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-–.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function indexWords(text: string): WordIndex {
  const toUtf16: number[] = [];
  const toCodePoint = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; cp++) {
    toUtf16.push(i);
    toCodePoint[i] = cp;
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) toCodePoint[i + 1] = cp;
    i += pair ? 2 : 1;
  }
  toUtf16.push(text.length);
  toCodePoint[text.length] = cp;

  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const from = match.index;
    words.push({ start: toCodePoint[from]!, end: toCodePoint[from + match[0].length]! });
  }
  return { words, codePointLength: cp, toUtf16: Int32Array.from(toUtf16) };
}
