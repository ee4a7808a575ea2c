import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildBratAnn } from "./build-brat-ann";
import { buildBratConf } from "./build-brat-conf";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import type { ExportDataset, ExportFile, ExportOptions } from "./types";

/**
 * brat standoff: for each article "<article id>.txt" (the exported text, as
 * is: no BOM, line ends as stored, so offsets stay true) and
 * "<article id>.ann" (`buildBratAnn`), after brat's annotation.conf,
 * visual.conf and tools.conf (`buildBratConf`) so the folder opens in brat as
 * it is. Yields files, not one stream; the
 * caller packs them (zip or tar), one article in memory at a time.
 */
export async function* serializeBrat(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<ExportFile, void, undefined> {
  const lookup = createExportLookup(dataset);
  const conf = buildBratConf(dataset.labels, dataset.project, options);
  yield { path: "annotation.conf", content: conf.annotation };
  yield { path: "visual.conf", content: conf.visual };
  yield { path: "tools.conf", content: conf.tools };
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    yield { path: `${article.id}.txt`, content: article.text };
    yield { path: `${article.id}.ann`, content: buildBratAnn(exportableAnnotations(article), index, lookup, options) };
  }
}
