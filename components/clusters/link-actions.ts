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

function memberOf(candidate: ClusterCandidate, move: boolean): NewMember {
  return candidate.kind === "claim" && candidate.annotationId
    ? { annotationId: candidate.annotationId, ...(move ? { move: true } : {}) }
    : { articleId: candidate.articleId, start: candidate.start, end: candidate.end };
}

// Confirming a candidate: into this claim's cluster; or, when the claim has
// none and the candidate already has one, this claim joins it; else both
// start a new cluster. A passage becomes a claim on the server in the same step.
// `move` (after the person chose to move a candidate that turned out to be in
// another cluster) takes the candidate claim out of that cluster into this one.
export async function linkCandidate(
  slug: string,
  claim: Claim,
  cluster: ClusterDTO | null,
  candidate: ClusterCandidate,
  options: { move?: boolean } = {},
): Promise<ClusterDTO> {
  const move = options.move ?? false;
  if (cluster) return addClusterMember(slug, cluster.id, memberOf(candidate, move));
  if (!move && candidate.kind === "claim" && candidate.clusterId) return addClusterMember(slug, candidate.clusterId, { annotationId: claim.id });
  const title = clusterTitleOf(claim.exact);
  if (!move && candidate.kind === "claim" && candidate.annotationId) {
    return createCluster(slug, { title, statement: claim.exact, members: [{ annotationId: claim.id }, { annotationId: candidate.annotationId }] });
  }
  // A passage (or a claim to move) joins after the cluster exists: the API
  // marks a passage as a claim, or moves a claim, in one transaction. A new
  // cluster cannot take members from other clusters, hence two steps.
  const created = await createCluster(slug, { title, statement: claim.exact, members: [{ annotationId: claim.id }] });
  return addClusterMember(slug, created.id, memberOf(candidate, move));
}

// A claim is in at most one cluster: it leaves its current one first.
export async function startCluster(slug: string, claim: Claim, current: ClusterDTO | null): Promise<ClusterDTO> {
  await leave(slug, claim, current);
  return createCluster(slug, { title: clusterTitleOf(claim.exact), statement: claim.exact, members: [{ annotationId: claim.id }] });
}

// One request: the API moves the membership in a single transaction, so a
// failed move leaves the claim where it was.
export async function moveToCluster(slug: string, claim: Claim, current: ClusterDTO | null, target: ClusterSummaryDTO): Promise<ClusterDTO> {
  const stance = current?.members.find((m) => m.annotationId === claim.id)?.stance;
  return addClusterMember(slug, target.id, { annotationId: claim.id, stance, move: current !== null });
}

async function leave(slug: string, claim: Claim, current: ClusterDTO | null): Promise<void> {
  const member = current?.members.find((m) => m.annotationId === claim.id);
  if (current && member) await removeClusterMember(slug, current.id, member.id, member.version);
}
