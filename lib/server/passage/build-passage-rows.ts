import { analyzeText } from "@/lib/nlp/analyze-text";
import { segmentPassages } from "@/lib/nlp/segment-passages";
import type { PassageFeatures } from "@/lib/nlp/passage-features";
import { findAbbreviations } from "@/lib/nlp/find-abbreviations";

export type PassageRow = { start: number; end: number; text: string; lemmas: string; features: PassageFeatures };

// The passage-index rows of one article text: pure, so the benchmark and the
// seed can prepare rows outside a transaction and tests can check them.
// Names the article abbreviates count as their abbreviation in every
// passage of it (lib/nlp/find-abbreviations).
export function buildPassageRows(text: string): PassageRow[] {
  const definitions = findAbbreviations(text);
  return segmentPassages(text).map((span) => {
    const analysis = analyzeText(span.text, definitions);
    return { start: span.start, end: span.end, text: span.text, lemmas: analysis.terms.join(" "), features: analysis.features };
  });
}
