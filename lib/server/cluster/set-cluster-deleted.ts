import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { clusterVersionSchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { assertCanEditCluster } from "@/lib/server/cluster/assert-can-edit-cluster";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { clusterConflict } from "@/lib/server/cluster/cluster-conflict";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { transaction } from "@/lib/db/transaction";

// Deletes (soft: members, evidence and comments stay) or restores a cluster
// seen at `version`. The claims keep their membership while the cluster is
// deleted, so a restore brings the cluster back exactly as it was, and they
// cannot join another cluster meanwhile without a move.
export async function setClusterDeleted(access: ProjectAccess, clusterId: string, input: unknown, deleted: boolean): Promise<ClusterDTO> {
  assertClusterPermission(access, "annotations.create");
  const { version } = parseInput(clusterVersionSchema, input, "Send { version }.");
  const projectId = access.project.id;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const locked = await lockCluster(tx, projectId, clusterId);
    assertCanEditCluster(access, locked);
    if (locked.version !== version || (locked.deletedAt !== null) === deleted) {
      throw await clusterConflict(tx, { projectId, clusterId, seenVersion: version, expected: deleted ? "live" : "deleted" }, canSee);
    }
    const before = await findClusterDTO(tx, projectId, clusterId);
    await tx.claimCluster.update({ where: { id: clusterId }, data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } } });
    const after = await findClusterDTO(tx, projectId, clusterId);
    if (!after) throw new Error(`Cluster ${clusterId} vanished inside the transaction that changed it.`);
    await recordClusterChange(tx, {
      projectId,
      actorId: access.userId,
      action: deleted ? "cluster.delete" : "cluster.restore",
      clusterId,
      clusterVersion: after.version,
      entityType: "ClaimCluster",
      entityId: clusterId,
      before,
      after,
      articleIds: await clusterArticleIds(tx, clusterId),
    });
    return (await findClusterDTO(tx, projectId, clusterId, canSee))!;
  });
}
