import type { ExportLookup } from "./create-export-lookup";
import { doccanoDroppedSpans, type DoccanoDroppedSpan } from "./doccano-dropped-spans";
import type { ExportArticle } from "./types";

// Enough to find every dropped span in any realistic export, while a
// pathological one cannot grow the manifest without bound.
const LISTED = 10_000;

export type DoccanoOverlapReport = {
  add: (article: ExportArticle) => void;
  // The manifest's interop.doccano section.
  report: () => Record<string, unknown>;
};

/** Collects, article by article as the export streams, what doccano's default import will drop. */
export function createDoccanoOverlapReport(lookup: ExportLookup): DoccanoOverlapReport {
  const listed: DoccanoDroppedSpan[] = [];
  let count = 0;
  return {
    add(article) {
      for (const span of doccanoDroppedSpans(article, lookup)) {
        count += 1;
        if (listed.length < LISTED) listed.push(span);
      }
    },
    report: () => ({
      overlapping_spans: "doccano keeps only the first of overlapping spans unless the project allows overlapping spans",
      dropped_without_overlapping_spans: count,
      dropped: listed,
      ...(count > listed.length ? { dropped_truncated: true } : {}),
    }),
  };
}
