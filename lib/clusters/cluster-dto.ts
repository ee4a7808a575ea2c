import type { ClusterDifference, IndependentSources } from "@/lib/clusters/cluster-difference";

// What the cluster API and pages send: never raw rows. Dates are ISO strings,
// offsets code points in the member's article.

// SAME: states it; CORROBORATES: other wording or detail; ATTRIBUTES: reports
// it as someone else's assertion; CONTRADICTS: disagrees with it.
export type ClusterStance = "SAME" | "CORROBORATES" | "ATTRIBUTES" | "CONTRADICTS";

export type ClusterMemberReviewState = "PENDING" | "ACCEPTED" | "REJECTED" | "CHANGES_REQUESTED";

export type ClusterMemberDTO = {
  id: string;
  annotationId: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  articleUrl: string | null;
  publishedAt: string | null;
  start: number;
  end: number;
  text: string;
  stance: ClusterStance;
  note: string;
  reviewState: ClusterMemberReviewState;
  authorId: string;
  authorName: string;
  addedById: string | null;
  // The member claim's own verification status and whether its words changed
  // after a verdict was applied.
  statusId: string | null;
  textChangedAfterVerdict: boolean;
  version: number;
};

export type ClusterEvidenceDTO = { id: string; url: string; title: string; stance: "SUPPORTS" | "REFUTES" | "CONTEXT"; note: string };

export type ClusterDTO = {
  id: string;
  title: string;
  statement: string;
  statusId: string | null;
  verdictExplanation: string;
  note: string;
  verdictAppliedAt: string | null;
  createdById: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  // Set while the cluster is deleted (restorable through …/restore).
  deletedAt: string | null;
  // Members in publication order (undated last), each outlet's wording.
  members: ClusterMemberDTO[];
  evidence: ClusterEvidenceDTO[];
  independentSources: IndependentSources;
  differences: ClusterDifference[];
  // The earliest published member, if any member's article has a date.
  firstAppearance: { memberId: string; articleId: string; publishedAt: string } | null;
};

// One row of a cluster list or the coverage matrix.
export type ClusterSummaryDTO = {
  id: string;
  title: string;
  statement: string;
  statusId: string | null;
  memberCount: number;
  articleIds: string[];
  contradictionCount: number;
  // Members by stance, for the coverage matrix's cells.
  stances: Array<{ memberId: string; annotationId: string; articleId: string; stance: ClusterStance }>;
  verdictAppliedAt: string | null;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
};
