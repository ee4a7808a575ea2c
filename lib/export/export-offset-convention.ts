import type { ExportFormat } from "./export-formats";

export type ExportOffsetConvention = { unit: string; convention: string };

const codePoints: ExportOffsetConvention = {
  unit: "Unicode code points",
  convention: "half-open [start, end) into the exported text: Python's text[start:end] is the span",
};

/**
 * How the manifest tells a reader to count one format's offsets. Every format
 * counts code points (as the database does, and as Python, brat, doccano and
 * W3C selectors do) except Label Studio, whose browser editor indexes
 * JavaScript strings; CoNLL has tokens, not offsets.
 */
export function exportOffsetConvention(format: ExportFormat): ExportOffsetConvention {
  if (format === "label-studio") {
    return {
      unit: "UTF-16 code units",
      convention:
        "half-open [start, end) into data.text in JavaScript string indices (Label Studio's convention): JavaScript's text.slice(start, end) is the span; every task says so in data.claimdesk_offsets",
    };
  }
  if (format === "conll") return { unit: "tokens", convention: "no character offsets: one token per line, documents start with -DOCSTART- -X- O O" };
  return codePoints;
}
