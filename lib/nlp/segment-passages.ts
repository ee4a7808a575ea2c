import { nlpEngine } from "@/lib/nlp/nlp-engine";

export type PassageSpan = { start: number; end: number; text: string };

// Sentences longer than this are also cut at ";" so a passage stays one claim.
const LONG_SENTENCE = 320;

// An article's text as passages: its sentences (wink-nlp's sentence boundary
// detection, which knows "Dr.", "U.S.", "Jan."), never across a paragraph
// break, long sentences cut at semicolons. Offsets are code points into
// `text`, half-open, trimmed of surrounding white space.
export function segmentPassages(text: string): PassageSpan[] {
  const nlp = nlpEngine();
  const spans: Array<[number, number]> = [];
  let blockStart = 0;
  for (const block of text.split("\n\n")) {
    const sentences = nlp.readDoc(block).sentences().out() as string[];
    let cursor = 0;
    for (const sentence of sentences) {
      const at = block.indexOf(sentence, cursor);
      if (at < 0) continue;
      cursor = at + sentence.length;
      for (const [a, b] of splitLong(sentence)) spans.push([blockStart + at + a, blockStart + at + b]);
    }
    blockStart += block.length + 2;
  }
  return spans.map(([from, to]) => toCodePoints(text, from, to)).filter((span) => span.text.trim() !== "");
}

function splitLong(sentence: string): Array<[number, number]> {
  if (sentence.length <= LONG_SENTENCE) return [[0, sentence.length]];
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const m of sentence.matchAll(/;\s+/g)) {
    parts.push([from, m.index + 1]);
    from = m.index + m[0].length;
  }
  parts.push([from, sentence.length]);
  return parts;
}

function toCodePoints(text: string, from: number, to: number): PassageSpan {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  const a = from + lead;
  const b = to - trail;
  const start = [...text.slice(0, a)].length;
  const slice = text.slice(a, b);
  return { start, end: start + [...slice].length, text: slice };
}
