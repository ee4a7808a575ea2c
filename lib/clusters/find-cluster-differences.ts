import type { ClusterDifference, ComparedMember } from "@/lib/clusters/cluster-difference";

// Placeholder signature; the comparison itself lands with the language work.
export function findClusterDifferences(members: readonly ComparedMember[]): ClusterDifference[] {
  void members;
  return [];
}
