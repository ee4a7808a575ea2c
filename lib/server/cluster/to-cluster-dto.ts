import type { ClusterDTO, ClusterMemberDTO } from "@/lib/clusters/cluster-dto";
import type { ComparedMember } from "@/lib/clusters/cluster-difference";
import { findClusterDifferences } from "@/lib/clusters/find-cluster-differences";
import { countIndependentSources } from "@/lib/clusters/count-independent-sources";
import type { ClusterDtoRow } from "@/lib/server/cluster/cluster-dto-select";
import type { ClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

type MemberRow = ClusterDtoRow["members"][number];

// A member counts while its claim and article are live; a deleted claim's
// membership is kept (restoring the claim brings it back) but not shown.
function isLive(member: MemberRow): boolean {
  return member.annotation.deletedAt === null && member.annotation.article.deletedAt === null;
}

// Publication order, undated last, then the order members were added.
function byPublication(a: MemberRow, b: MemberRow): number {
  const at = a.annotation.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bt = b.annotation.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at !== bt) return at < bt ? -1 : 1;
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);
}

function toMemberDTO(member: MemberRow): ClusterMemberDTO {
  const { annotation } = member;
  return {
    id: member.id,
    annotationId: member.annotationId,
    articleId: annotation.articleId,
    articleTitle: annotation.article.title,
    outlet: annotation.article.outlet,
    articleUrl: annotation.article.url,
    publishedAt: annotation.article.publishedAt?.toISOString() ?? null,
    start: annotation.start,
    end: annotation.end,
    text: annotation.exact,
    stance: member.relation,
    note: member.note,
    reviewState: member.reviewState,
    authorId: annotation.authorId,
    authorName: annotation.author.name,
    addedById: member.addedById,
    statusId: annotation.statusId,
    textChangedAfterVerdict: annotation.textChangedAfterVerdict,
    version: member.version,
  };
}

// The one place a stored cluster becomes its API shape. Members the person
// may not see (blind annotation) are left out before anything is computed
// from them, so neither the differences nor the source count reveal them.
export function toClusterDTO(row: ClusterDtoRow, canSee: ClaimVisibility): ClusterDTO {
  const rows = row.members.filter((m) => isLive(m) && canSee(m.annotation)).sort(byPublication);
  const members = rows.map(toMemberDTO);
  const compared: ComparedMember[] = rows.map((m) => ({
    memberId: m.id,
    articleId: m.annotation.articleId,
    text: m.annotation.exact,
    publishedAt: m.annotation.article.publishedAt,
  }));
  const first = members.find((m) => m.publishedAt !== null);
  return {
    id: row.id,
    title: row.title,
    statement: row.statement,
    statusId: row.statusId,
    verdictExplanation: row.verdictExplanation,
    note: row.note,
    verdictAppliedAt: row.verdictAppliedAt?.toISOString() ?? null,
    createdById: row.createdById,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    members,
    evidence: row.evidence.map((e) => ({ id: e.id, url: e.url, title: e.title, stance: e.stance, note: e.note })),
    independentSources: countIndependentSources(compared),
    differences: findClusterDifferences(compared),
    firstAppearance: first?.publishedAt ? { memberId: first.id, articleId: first.articleId, publishedAt: first.publishedAt } : null,
  };
}
