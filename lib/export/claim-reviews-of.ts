import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { buildClaimReview } from "./build-claim-review";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { verdictClusterOf } from "./verdict-cluster-of";
import type { ExportAnnotation, ExportArticle, ExportCluster, ExportDataset, ExportOptions } from "./types";

export type ClaimReviewItem = {
  review: Record<string, unknown>;
  // The claim it was built from (the cluster's first exported member when the
  // cluster's verdict is the review) and the cluster, if any.
  annotation: ExportAnnotation;
  article: ExportArticle;
  cluster: ExportCluster | null;
};

/**
 * Every ClaimReview of a dataset, in export order: one per claim with a
 * verdict, one per cluster for the claims its verdict reviews (written at
 * its first exported member). The serializer writes them; the export page
 * checks them for missing recommended properties before download.
 */
export async function* claimReviewsOf(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<ClaimReviewItem, void, undefined> {
  const lookup = createExportLookup(dataset);
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
      if (review !== null) yield { review, annotation, article, cluster };
    }
  }
}
