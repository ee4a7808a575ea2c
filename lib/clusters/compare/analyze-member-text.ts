import { nlp } from "@/lib/clusters/compare/nlp";
import type { TextToken } from "@/lib/clusters/compare/text-token";

type TermJson = {
  text: string;
  normal: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
};
type NumberJson = { offset: { start: number; length: number }; number: { num: number } };

const EDGE_START = /^[^\p{L}\p{N}]+/u;
const EDGE_END = /[^\p{L}\p{N}%]+$/u;

// Newsroom abbreviations compromise reads as the bare figure ("430bn" → 430).
// "m" is also metres, so it multiplies only where compromise sees money.
const MULTIPLIERS: Record<string, number> = { k: 1e3, mn: 1e6, bn: 1e9, tn: 1e12, trn: 1e12 };
function abbreviatedAmount(word: string, tags: readonly string[]): number | null {
  const match = /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|tn|trn)$/iu.exec(word);
  if (!match?.[1] || !match[2]) return null;
  const unit = match[2].toLowerCase();
  const multiplier = unit === "m" ? (tags.includes("Money") ? 1e6 : null) : (MULTIPLIERS[unit] ?? null);
  return multiplier === null ? null : Number(match[1].replace(/,/g, "")) * multiplier;
}

// compromise reports UTF-16 offsets; members are addressed in code points.
function utf16ToCodePoints(text: string): (utf16: number) => number {
  const table: number[] = [];
  let cp = 0;
  for (let u = 0; u <= text.length; u++) {
    table[u] = cp;
    // A high surrogate followed by a low one is one code point, as string
    // iteration counts it; a lone surrogate is one on its own.
    const code = text.charCodeAt(u);
    const nextCode = text.charCodeAt(u + 1);
    const pairStart = code >= 0xd800 && code <= 0xdbff && nextCode >= 0xdc00 && nextCode <= 0xdfff;
    if (!pairStart) cp++;
  }
  return (utf16) => table[utf16] ?? cp;
}

// Runs compromise once over a member's text and keeps what the extractors
// need per word: tags, root form, numeric value and code-point offsets.
export function analyzeMemberText(text: string): TextToken[] {
  const doc = nlp(text);
  doc.compute("root");
  const toCp = utf16ToCodePoints(text);
  const values = new Map<number, number>();
  for (const match of doc.numbers().json({ offset: true }) as NumberJson[]) {
    values.set(match.offset.start, match.number.num);
  }
  const sentences = doc.json({ offset: true }) as { terms: TermJson[] }[];
  const tokens: TextToken[] = [];
  sentences.forEach((sentence, index) => {
    for (const term of sentence.terms) {
      // compromise splits some words into empty helper terms ("LeT’s", "2-5").
      if (term.offset.length === 0 || term.text.length === 0) continue;
      // Offsets sometimes take in a bracket or quote next to the word.
      const raw = text.slice(term.offset.start, term.offset.start + term.offset.length);
      const lead = raw.length - raw.replace(EDGE_START, "").length;
      const trail = raw.length - raw.replace(EDGE_END, "").length;
      if (lead + trail >= raw.length) continue;
      const start = term.offset.start + lead;
      const end = term.offset.start + term.offset.length - trail;
      tokens.push({
        text: text.slice(start, end),
        normal: term.normal,
        root: term.root ?? term.normal,
        start: toCp(start),
        end: toCp(end),
        tags: new Set(term.tags),
        value: abbreviatedAmount(text.slice(start, end), term.tags) ?? values.get(term.offset.start) ?? values.get(start) ?? null,
        sentence: index,
      });
    }
  });
  return tokens;
}
