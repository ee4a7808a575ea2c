import { analyzeText } from "@/lib/nlp/analyze-text";
import { segmentPassages } from "@/lib/nlp/segment-passages";
import type { PassageFeatures } from "@/lib/nlp/passage-features";

export type PassageRow = { start: number; end: number; text: string; lemmas: string; features: PassageFeatures };

// The passage-index rows of one article text: pure, so the benchmark and the
// seed can prepare rows outside a transaction and tests can check them.
export function buildPassageRows(text: string): PassageRow[] {
  return segmentPassages(text).map((span) => {
    const analysis = analyzeText(span.text);
    return { start: span.start, end: span.end, text: span.text, lemmas: analysis.terms.join(" "), features: analysis.features };
  });
}
