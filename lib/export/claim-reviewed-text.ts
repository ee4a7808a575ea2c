import type { CodePointIndex } from "@/lib/anchoring/types";
import type { ExportLookup } from "./create-export-lookup";
import type { ExportAnnotation, ExportCluster } from "./types";

/**
 * What a ClaimReview names as the claim reviewed (`claimReviewed`): a short
 * neutral wording rather than the raw span, which is often a fragment
 * ("in which around 30 Hindu tourists were killed…"). In order:
 * - the statement of the cluster whose verdict reviews it (`reviewing`);
 * - the claim's own summary;
 * - the statement of its cluster, unless it contradicts that statement (then
 *   the statement is what it disputes, not what it says);
 * - the quote itself.
 */
export function claimReviewedText(
  annotation: ExportAnnotation,
  reviewing: ExportCluster | null,
  index: CodePointIndex,
  lookup: ExportLookup,
): string {
  const ownCluster = annotation.cluster && annotation.cluster.relation !== "CONTRADICTS" ? lookup.cluster(annotation.cluster.clusterId) : null;
  const candidates = [reviewing?.statement, annotation.summary, ownCluster?.statement];
  for (const candidate of candidates) {
    const text = candidate?.trim() ?? "";
    if (text !== "") return text;
  }
  return index.slice(annotation.start, annotation.end);
}
