import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { spanLabel } from "./span-label";
import { toJsonLine } from "./to-json-line";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * doccano sequence-labelling JSONL: one line per article,
 * {"text", "label": [[start, end, spanLabel], …], "article_id"}; doccano
 * keeps unknown keys such as article_id as the example's meta. Everyone's
 * spans are merged, as doccano's collaborative export does; overlapping spans
 * stay (doccano drops all but the first of an overlap on import unless the
 * project allows overlapping spans). Offsets are code points, which is what
 * doccano's Python backend indexes.
 */
export async function* serializeDoccano(dataset: ExportDataset, _options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  for await (const article of dataset.articles) {
    const label = exportableAnnotations(article).map((a) => [a.start, a.end, spanLabel(a, lookup)]);
    yield `${toJsonLine({ text: article.text, label, article_id: article.id })}\n`;
  }
}
