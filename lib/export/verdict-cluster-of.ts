import type { ExportLookup } from "./create-export-lookup";
import type { ExportAnnotation, ExportCluster } from "./types";

/**
 * The cluster whose verdict reviews this claim, or null: the claim is in a
 * cluster with a rated verdict of its own and does not contradict the
 * cluster's statement. Such claims share one ClaimReview, the cluster's.
 */
export function verdictClusterOf(annotation: ExportAnnotation, lookup: ExportLookup): ExportCluster | null {
  if (annotation.kind !== "CLAIM" || !annotation.cluster || annotation.cluster.relation === "CONTRADICTS") return null;
  const cluster = lookup.cluster(annotation.cluster.clusterId);
  const verdict = cluster ? lookup.label(cluster.statusId) : null;
  return cluster && verdict && verdict.kind === "VERIFICATION_STATUS" && verdict.rating !== null ? cluster : null;
}
