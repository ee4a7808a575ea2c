import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildClusterRecord, type ExportedMember } from "./build-cluster-record";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { toJsonLine } from "./to-json-line";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * The clusters file (JSON Lines): one line per cluster with at least one
 * exported member, in cluster id order (see `buildClusterRecord`). Members are
 * the exported claims, so the export's filters and the exporter's blind
 * annotation rules apply to them as to every format; only the claims' words
 * are kept while the articles stream past.
 */
export async function* serializeClusters(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  const members = new Map<string, ExportedMember[]>();
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    for (const annotation of exportableAnnotations(article)) {
      if (annotation.kind !== "CLAIM" || !annotation.cluster || !lookup.cluster(annotation.cluster.clusterId)) continue;
      const list = members.get(annotation.cluster.clusterId) ?? [];
      list.push({ annotation, article, text: index.slice(annotation.start, annotation.end) });
      members.set(annotation.cluster.clusterId, list);
    }
  }
  const clusters = [...dataset.clusters].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const cluster of clusters) {
    const exported = members.get(cluster.id);
    if (exported) yield `${toJsonLine(buildClusterRecord(cluster, exported, lookup, options))}\n`;
  }
}
