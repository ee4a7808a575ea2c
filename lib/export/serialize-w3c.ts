import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildW3cAnnotation } from "./build-w3c-annotation";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { lastPageIndex, containerPageIri } from "@/lib/w3c/annotation-container-pages";
import { toJsonLine } from "./to-json-line";
import { w3cIri } from "./w3c-iri";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * A W3C AnnotationCollection (JSON-LD) whose single embedded AnnotationPage
 * lists every annotation, one per line. The collection's id is the
 * project's annotation container on the protocol server (docs/w3c-protocol.md)
 * and the page is `partOf` it. The head is written before any article is
 * read, so `total` and `last` (the container's last page, in the container's
 * paging) come after the items: JSON keys have no order.
 * `generated` comes last: it is the latest `modified` of the annotations the
 * collection holds (the data's, never the clock's, so the same annotations give
 * the same bytes, also after they are restored elsewhere from this file), or
 * `options.generatedAt` when it holds none.
 */
export async function* serializeW3c(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const { project } = dataset;
  const lookup = createExportLookup(dataset);
  const container = w3cIri(options, project, "annotations");
  const head = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: container,
    type: "AnnotationCollection",
    label: project.name,
    generator: { id: options.baseUrl.replace(/\/+$/, "") + "/", type: "Software", name: "Claimdesk" },
  };
  // The page is opened by hand so items can stream between "[" and "]".
  yield `${toJsonLine(head).slice(0, -1)},"first":{"type":"AnnotationPage","partOf":${JSON.stringify(container)},"startIndex":0,"items":[\n`;
  let first = true;
  let total = 0;
  let latest = "";
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    for (const annotation of exportableAnnotations(article)) {
      // ISO 8601 UTC strings of one length: string order is time order.
      if (annotation.updatedAt > latest) latest = annotation.updatedAt;
      const item = toJsonLine(buildW3cAnnotation(annotation, article, index, project, lookup, options));
      yield first ? item : `,\n${item}`;
      first = false;
      total++;
    }
  }
  const last = containerPageIri(container, "descriptions", lastPageIndex(total));
  yield `${first ? "]}" : "\n]}"},"total":${total},"last":${JSON.stringify(last)},"generated":${JSON.stringify(latest || options.generatedAt)}}\n`;
}
