import type { DbClient } from "@/lib/server/db-client";

// Every article holding a member of the cluster (deleted claims included:
// their editors may still show the cluster), for the live fan-out.
export async function clusterArticleIds(tx: DbClient, clusterId: string): Promise<string[]> {
  const rows = await tx.claimClusterMember.findMany({ where: { clusterId }, select: { annotation: { select: { articleId: true } } } });
  return [...new Set(rows.map((row) => row.annotation.articleId))].sort();
}
