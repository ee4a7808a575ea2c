import { apiRequest } from "@/components/api-client/api-request";
import type { ClusterDTO, ClusterStance, ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";
import type { ClusterCandidateDTO } from "@/lib/clusters/candidates/cluster-candidate-dto";
import type { CommentDTO } from "@/lib/review/review-dto";
import type { EvidenceInput } from "@/components/editor/panel/evidence-inputs";

// The cluster API as the cluster components call it (app/api/projects/[slug]/clusters).
// Errors come back as ApiRequestError with the server's message for people.

export type ClusterCandidate = ClusterCandidateDTO;

// An audit row of the cluster, its memberships or its comments.
export type ClusterHistoryEntry = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string } | null;
  createdAt: string;
  before: unknown;
  after: unknown;
};

// A new member: an existing claim, or an unmarked passage the server marks
// as a claim (its author the caller) in the same step.
export type NewMember = { annotationId: string; stance?: ClusterStance; move?: boolean } | { articleId: string; start: number; end: number; stance?: ClusterStance };

// The API's member body: a claim, or { passage } for unmarked words.
function memberBody(member: NewMember) {
  const stance = member.stance ?? "SAME";
  if ("annotationId" in member) return { annotationId: member.annotationId, stance, ...(member.move ? { move: true } : {}) };
  return { passage: { articleId: member.articleId, start: member.start, end: member.end }, stance };
}

const enc = encodeURIComponent;
const projectBase = (slug: string) => `/api/projects/${enc(slug)}`;
const clusterUrl = (slug: string, clusterId: string) => `${projectBase(slug)}/clusters/${enc(clusterId)}`;

export async function fetchCluster(slug: string, clusterId: string): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(clusterUrl(slug, clusterId))).cluster;
}

export async function searchClusters(slug: string, q: string): Promise<ClusterSummaryDTO[]> {
  const query = q.trim() === "" ? "" : `?q=${enc(q.trim())}`;
  return (await apiRequest<{ clusters: ClusterSummaryDTO[] }>(`${projectBase(slug)}/clusters${query}`)).clusters;
}

// A new cluster starts from existing claims; passages join it afterwards.
export async function createCluster(
  slug: string,
  input: { title: string; statement?: string; members: Array<{ annotationId: string; stance?: ClusterStance }> },
): Promise<ClusterDTO> {
  const body = { ...input, members: input.members.map((m) => ({ annotationId: m.annotationId, stance: m.stance ?? "SAME" })) };
  return (await apiRequest<{ cluster: ClusterDTO }>(`${projectBase(slug)}/clusters`, { method: "POST", body })).cluster;
}

export async function updateCluster(
  slug: string,
  clusterId: string,
  patch: {
    version: number;
    title?: string;
    statement?: string;
    statusId?: string | null;
    verdictExplanation?: string;
    note?: string;
    evidence?: EvidenceInput[];
  },
): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(clusterUrl(slug, clusterId), { method: "PATCH", body: patch })).cluster;
}

// Soft delete: members, evidence and comments stay, and the claims keep
// their membership until the cluster is restored.
export async function deleteCluster(slug: string, clusterId: string, version: number): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(`${clusterUrl(slug, clusterId)}?version=${version}`, { method: "DELETE" })).cluster;
}

export async function restoreCluster(slug: string, clusterId: string, version: number): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(`${clusterUrl(slug, clusterId)}/restore`, { method: "POST", body: { version } })).cluster;
}

export async function addClusterMember(slug: string, clusterId: string, member: NewMember): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(`${clusterUrl(slug, clusterId)}/members`, { method: "POST", body: memberBody(member) })).cluster;
}

export async function updateClusterMember(
  slug: string,
  clusterId: string,
  memberId: string,
  patch: { version: number; stance?: ClusterStance; note?: string },
): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(`${clusterUrl(slug, clusterId)}/members/${enc(memberId)}`, { method: "PATCH", body: patch })).cluster;
}

export async function removeClusterMember(slug: string, clusterId: string, memberId: string, version: number): Promise<ClusterDTO | null> {
  const answer = await apiRequest<{ cluster?: ClusterDTO | null }>(`${clusterUrl(slug, clusterId)}/members/${enc(memberId)}?version=${version}`, {
    method: "DELETE",
  });
  return answer.cluster ?? null;
}

export async function reviewClusterMember(slug: string, clusterId: string, memberId: string, decision: "ACCEPT" | "REJECT", version: number): Promise<ClusterDTO> {
  return (
    await apiRequest<{ cluster: ClusterDTO }>(`${clusterUrl(slug, clusterId)}/members/${enc(memberId)}/reviews`, {
      method: "POST",
      body: { decision, version },
    })
  ).cluster;
}

export async function applyClusterVerdict(slug: string, clusterId: string, version: number): Promise<ClusterDTO> {
  return (await apiRequest<{ cluster: ClusterDTO }>(`${clusterUrl(slug, clusterId)}/apply-verdict`, { method: "POST", body: { version } })).cluster;
}

export async function listClusterComments(slug: string, clusterId: string): Promise<CommentDTO[]> {
  return (await apiRequest<{ comments: CommentDTO[] }>(`${clusterUrl(slug, clusterId)}/comments`)).comments;
}

export async function postClusterComment(slug: string, clusterId: string, body: string): Promise<CommentDTO> {
  return (await apiRequest<{ comment: CommentDTO }>(`${clusterUrl(slug, clusterId)}/comments`, { method: "POST", body: { body } })).comment;
}

export async function listClusterHistory(slug: string, clusterId: string): Promise<ClusterHistoryEntry[]> {
  return (await apiRequest<{ entries: ClusterHistoryEntry[] }>(`${clusterUrl(slug, clusterId)}/history`)).entries;
}

export async function fetchCandidates(slug: string, annotationId: string, limit = 8): Promise<ClusterCandidate[]> {
  return (await apiRequest<{ candidates: ClusterCandidate[] }>(`${projectBase(slug)}/annotations/${enc(annotationId)}/cluster-candidates?limit=${limit}`))
    .candidates;
}

export async function rejectCandidate(slug: string, annotationId: string, candidate: ClusterCandidate): Promise<void> {
  const body = candidate.kind === "claim" && candidate.annotationId ? { annotationId: candidate.annotationId } : { articleId: candidate.articleId, start: candidate.start, end: candidate.end };
  await apiRequest<unknown>(`${projectBase(slug)}/annotations/${enc(annotationId)}/cluster-candidates/rejections`, { method: "POST", body });
}

// Which cluster, if any, a claim belongs to (a claim is in at most one).
export async function fetchClusterOfAnnotation(slug: string, annotationId: string): Promise<ClusterDTO | null> {
  const { clusters } = await apiRequest<{ clusters: ClusterSummaryDTO[] }>(`${projectBase(slug)}/clusters?annotationId=${enc(annotationId)}`);
  const first = clusters[0];
  return first ? fetchCluster(slug, first.id) : null;
}
