// A token is a run of letters, digits, combining marks and connector
// punctuation (a word: "isn", "3", "U"); or a regional-indicator pair (a
// flag); or any other single non-space code point (punctuation, a symbol, an
// emoji) together with the marks, variation selectors, skin-tone modifiers
// and zero-width-joined code points that extend it. A regular expression and
// not Intl.Segmenter: segmenter output follows the runtime's ICU data, and the
// same export must give the same bytes on every machine.
const TOKEN = /\p{Regional_Indicator}{2}|[\p{L}\p{N}\p{M}\p{Pc}]+|\S(?:[\p{M}\p{Emoji_Modifier}\uFE0F]|\u200D\S)*/gu;

export type ConllToken = { text: string; start: number; end: number };

/**
 * Tokens of `text` with their UTF-16 offsets, never crossing an offset in
 * `cuts` (the edges of the mentions being tagged), so a mention that starts
 * or ends inside a word ("Pakistan" in "Pakistan’s") still covers whole
 * tokens. Whitespace separates tokens and is never part of one.
 */
export function tokenizeForConll(text: string, cuts: readonly number[]): ConllToken[] {
  const edges = [...new Set([0, ...cuts.filter((c) => c > 0 && c < text.length), text.length])].sort((a, b) => a - b);
  const tokens: ConllToken[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const segment = text.slice(from, edges[i + 1]);
    for (const match of segment.matchAll(TOKEN)) {
      const start = from + (match.index ?? 0);
      tokens.push({ text: match[0], start, end: start + match[0].length });
    }
  }
  return tokens;
}
