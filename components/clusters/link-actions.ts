import type { ClusterDTO, ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";
import {
  addClusterMember,
  createCluster,
  removeClusterMember,
  type ClusterCandidate,
  type NewMember,
} from "./cluster-requests";
import { clusterTitleOf } from "./cluster-title-of";

type Claim = { id: string; exact: string };

function memberOf(candidate: ClusterCandidate): NewMember {
  return candidate.kind === "claim" && candidate.annotationId
    ? { annotationId: candidate.annotationId }
    : { articleId: candidate.articleId, start: candidate.start, end: candidate.end };
}

// Confirming a candidate: into this claim's cluster; or, when the claim has
// none and the candidate already has one, this claim joins it; else both
// start a new cluster. A passage becomes a claim on the server in the same step.
export async function linkCandidate(slug: string, claim: Claim, cluster: ClusterDTO | null, candidate: ClusterCandidate): Promise<ClusterDTO> {
  if (cluster) return addClusterMember(slug, cluster.id, memberOf(candidate));
  if (candidate.kind === "claim" && candidate.clusterId) return addClusterMember(slug, candidate.clusterId, { annotationId: claim.id });
  return createCluster(slug, { title: clusterTitleOf(claim.exact), statement: claim.exact, members: [{ annotationId: claim.id }, memberOf(candidate)] });
}

// A claim is in at most one cluster: it leaves its current one first.
export async function startCluster(slug: string, claim: Claim, current: ClusterDTO | null): Promise<ClusterDTO> {
  await leave(slug, claim, current);
  return createCluster(slug, { title: clusterTitleOf(claim.exact), statement: claim.exact, members: [{ annotationId: claim.id }] });
}

// Moves the claim; if joining the target fails it goes back where it was,
// so a failed move never leaves the claim in no cluster.
export async function moveToCluster(slug: string, claim: Claim, current: ClusterDTO | null, target: ClusterSummaryDTO): Promise<ClusterDTO> {
  const before = current?.members.find((m) => m.annotationId === claim.id);
  await leave(slug, claim, current);
  try {
    return await addClusterMember(slug, target.id, { annotationId: claim.id });
  } catch (error) {
    if (current && before) await addClusterMember(slug, current.id, { annotationId: claim.id, stance: before.stance }).catch(() => undefined);
    throw error;
  }
}

async function leave(slug: string, claim: Claim, current: ClusterDTO | null): Promise<void> {
  const member = current?.members.find((m) => m.annotationId === claim.id);
  if (current && member) await removeClusterMember(slug, current.id, member.id, member.version);
}
