import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildClaimReview } from "./build-claim-review";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { toJsonLine } from "./to-json-line";
import { verdictClusterOf } from "./verdict-cluster-of";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * A JSON array of schema.org ClaimReview objects, one per line, one per claim
 * with a verdict (one per cluster for claims its verdict reviews). Each carries its own "@context", so any item can be pasted
 * into a page's <script type="application/ld+json"> as it is.
 */
export async function* serializeClaimReview(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  yield "[\n";
  let first = true;
  // A cluster's verdict is one review, written at its first exported member.
  const reviewedClusters = new Set<string>();
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    for (const annotation of exportableAnnotations(article)) {
      const cluster = verdictClusterOf(annotation, lookup);
      if (cluster) {
        if (reviewedClusters.has(cluster.id)) continue;
        reviewedClusters.add(cluster.id);
      }
      const review = buildClaimReview(annotation, article, index, dataset.project, lookup, options);
      if (review === null) continue;
      yield first ? toJsonLine(review) : `,\n${toJsonLine(review)}`;
      first = false;
    }
  }
  yield first ? "]\n" : "\n]\n";
}
