import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildBratAnn } from "./build-brat-ann";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import type { ExportDataset, ExportFile, ExportOptions } from "./types";

/**
 * brat standoff: for each article "<article id>.txt" (the exported text, as
 * is: no BOM, line ends as stored, so offsets stay true) and
 * "<article id>.ann" (`buildBratAnn`). Yields files, not one stream; the
 * caller packs them (zip or tar), one article in memory at a time.
 */
export async function* serializeBrat(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<ExportFile, void, undefined> {
  const lookup = createExportLookup(dataset);
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    yield { path: `${article.id}.txt`, content: article.text };
    yield { path: `${article.id}.ann`, content: buildBratAnn(exportableAnnotations(article), index, lookup, options) };
  }
}
