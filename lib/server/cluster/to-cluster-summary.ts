import type { ClusterDTO, ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";

// A list row (cluster list, coverage matrix) from the full cluster: counts
// and who says what, without the members' words.
export function toClusterSummary(cluster: ClusterDTO): ClusterSummaryDTO {
  return {
    id: cluster.id,
    title: cluster.title,
    statement: cluster.statement,
    statusId: cluster.statusId,
    memberCount: cluster.members.length,
    articleIds: [...new Set(cluster.members.map((m) => m.articleId))],
    contradictionCount: cluster.differences.length,
    stances: cluster.members.map((m) => ({ memberId: m.id, annotationId: m.annotationId, articleId: m.articleId, stance: m.stance })),
    verdictAppliedAt: cluster.verdictAppliedAt,
    version: cluster.version,
    updatedAt: cluster.updatedAt,
    deletedAt: cluster.deletedAt,
  };
}
