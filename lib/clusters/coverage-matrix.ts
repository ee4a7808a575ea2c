import type { ClusterStance } from "@/lib/clusters/cluster-dto";
import type { DifferenceKind } from "@/lib/clusters/cluster-difference";

// The coverage matrix as the page receives it: facts (clusters) as rows,
// articles (outlets) as columns. Only cells with a member are sent; the page
// fills the rest as "not reported". Dates are ISO strings.

export type CoverageArticle = { id: string; title: string; outlet: string; publishedAt: string | null };

export type CoverageMember = {
  memberId: string;
  annotationId: string;
  stance: ClusterStance;
  text: string;
  reviewState: "PENDING" | "ACCEPTED" | "REJECTED" | "CHANGES_REQUESTED";
  // Kinds of flagged differences this member takes part in (dates, numbers…).
  conflicts: DifferenceKind[];
};

export type CoverageCell = { articleId: string; members: CoverageMember[] };

export type CoverageFact = {
  id: string;
  title: string;
  statement: string;
  statusId: string | null;
  cells: CoverageCell[];
  // Distinct outlets (an article without an outlet counts as its own).
  outletCount: number;
  // A member contradicts the statement, or members' dates/numbers/names disagree.
  conflict: boolean;
  singleOutlet: boolean;
  // Earliest publication date among the fact's visible members.
  firstAppearance: string | null;
};

export type CoverageMatrix = { articles: CoverageArticle[]; facts: CoverageFact[] };
