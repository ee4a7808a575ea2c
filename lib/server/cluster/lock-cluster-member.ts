import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockCluster, type LockedCluster } from "@/lib/server/cluster/lock-cluster";

export type LockedMember = {
  id: string;
  clusterId: string;
  annotationId: string;
  articleId: string;
  addedById: string | null;
  version: number;
  relation: string;
  note: string;
  cluster: LockedCluster;
};

// A membership of a cluster of this project, with its cluster locked, and
// only if the person may see its claim (hidden → NOT_FOUND, as for the
// claim itself). The URL's cluster must be the member's.
export async function lockClusterMember(
  tx: DbClient,
  target: { projectId: string; clusterId: string; memberId: string },
  canSee: ClaimVisibility,
): Promise<LockedMember> {
  const cluster = await lockCluster(tx, target.projectId, target.clusterId);
  const member = await tx.claimClusterMember.findFirst({
    where: { id: target.memberId, clusterId: cluster.id },
    select: {
      id: true,
      clusterId: true,
      annotationId: true,
      addedById: true,
      version: true,
      relation: true,
      note: true,
      annotation: { select: { articleId: true, authorId: true } },
    },
  });
  if (!member || !canSee(member.annotation)) throw new AppError("NOT_FOUND", "Cluster member not found.");
  const { annotation, ...rest } = member;
  return { ...rest, articleId: annotation.articleId, cluster };
}
