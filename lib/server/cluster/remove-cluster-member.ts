import { AppError } from "@/lib/errors/app-error";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { clusterVersionSchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockClusterMember } from "@/lib/server/cluster/lock-cluster-member";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { memberSnapshot } from "@/lib/server/cluster/member-snapshot";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { transaction } from "@/lib/db/transaction";

// Takes a claim out of its cluster (the claim itself stays). The membership
// as it was is kept in the audit row, so the history shows what was removed
// and adding the claim again restores it.
export async function removeClusterMember(access: ProjectAccess, clusterId: string, memberId: string, input: unknown): Promise<ClusterDTO> {
  assertClusterPermission(access, "annotations.create");
  const { version } = parseInput(clusterVersionSchema, input, "Send { version }.");
  const projectId = access.project.id;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const member = await lockClusterMember(tx, { projectId, clusterId, memberId }, canSee);
    if (member.version !== version) {
      throw new AppError(
        "CONFLICT",
        `Someone else changed this membership (it is now at version ${member.version}; you saw version ${version}). Nothing was removed.`,
        { current: await findClusterDTO(tx, projectId, clusterId, canSee) },
      );
    }
    if (member.cluster.deletedAt) throw new AppError("CONFLICT", "This cluster has been deleted; restore it before changing its members.");
    const articleIds = await clusterArticleIds(tx, clusterId);
    const before = await memberSnapshot(tx, memberId);
    await tx.claimClusterMember.delete({ where: { id: memberId } });
    await tx.claimCluster.update({ where: { id: clusterId }, data: { updatedAt: new Date() } });
    await recordClusterChange(tx, {
      projectId,
      actorId: access.userId,
      action: "cluster.member.remove",
      clusterId,
      clusterVersion: member.cluster.version,
      entityType: "ClaimClusterMember",
      entityId: memberId,
      before,
      after: null,
      articleIds,
      member: { id: memberId, annotationId: member.annotationId, articleId: member.articleId },
    });
    return (await findClusterDTO(tx, projectId, clusterId, canSee))!;
  });
}
