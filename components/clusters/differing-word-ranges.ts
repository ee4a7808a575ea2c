export type TextRange = { start: number; end: number };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function words(text: string): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  const points = Array.from(text);
  // Offsets in code points, as everywhere in Claimdesk.
  const toPoint: number[] = [];
  let unit = 0;
  points.forEach((ch, i) => {
    toPoint[unit] = i;
    unit += ch.length;
  });
  toPoint[unit] = points.length;
  for (const match of text.matchAll(WORD)) {
    const startUnit = match.index;
    const endUnit = startUnit + match[0].length;
    out.push({ key: match[0].toLowerCase(), start: toPoint[startUnit] ?? 0, end: toPoint[endUnit] ?? points.length });
  }
  return out;
}

// The words of each text that not every other text has (a bag-of-words
// difference, case-insensitive): what to highlight so the reader's eye goes
// to where the wordings part. Ranges are code points, per text, in order.
export function differingWordRanges(texts: readonly string[]): TextRange[][] {
  const tokenised = texts.map(words);
  const sets = tokenised.map((ws) => new Set(ws.map((w) => w.key)));
  return tokenised.map((ws, i) => {
    if (texts.length < 2) return [];
    const others = sets.filter((_, j) => j !== i);
    return ws.filter((w) => others.some((set) => !set.has(w.key))).map(({ start, end }) => ({ start, end }));
  });
}
