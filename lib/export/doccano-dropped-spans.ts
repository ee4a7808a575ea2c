import type { ExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { spanLabel } from "./span-label";
import type { ExportArticle } from "./types";

export type DoccanoDroppedSpan = {
  article_id: string;
  annotation_id: string;
  start: number;
  end: number;
  label: string;
  // The span doccano keeps in its place.
  kept_instead: string;
};

/**
 * The spans of one article that doccano's import drops, silently, when the
 * receiving project does not allow overlapping spans (its default): doccano
 * sorts an example's spans by start (a stable sort, so the file's order
 * breaks ties: `serializeDoccano` writes start, end, id order) and keeps a
 * span only when it starts at or after the end of the last span kept. So of a
 * claim and the mentions inside it, or two annotators' spans on the same
 * words, one survives. Listed in the manifest so nothing goes missing unseen.
 */
export function doccanoDroppedSpans(article: ExportArticle, lookup: ExportLookup): DoccanoDroppedSpan[] {
  const dropped: DoccanoDroppedSpan[] = [];
  let last: { id: string; end: number } | null = null;
  for (const a of exportableAnnotations(article)) {
    if (last !== null && a.start < last.end) {
      dropped.push({ article_id: article.id, annotation_id: a.id, start: a.start, end: a.end, label: spanLabel(a, lookup), kept_instead: last.id });
      continue;
    }
    last = { id: a.id, end: a.end };
  }
  return dropped;
}
