import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildJsonlRecord } from "./build-jsonl-record";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { toJsonLine } from "./to-json-line";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * Claimdesk JSONL: one line per article (see `buildJsonlRecord`), each ending
 * in "\n". Yields line by line, so memory is bounded by one article.
 */
export async function* serializeJsonl(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    yield `${toJsonLine(buildJsonlRecord(article, exportableAnnotations(article), index, lookup, options))}\n`;
  }
}
