import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { updateClusterSchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertAnnotationLabels } from "@/lib/server/annotation/assert-annotation-labels";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { assertCanEditCluster } from "@/lib/server/cluster/assert-can-edit-cluster";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { clusterConflict } from "@/lib/server/cluster/cluster-conflict";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { replaceClusterEvidence } from "@/lib/server/cluster/replace-cluster-evidence";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { transaction } from "@/lib/db/transaction";

// Applies an edit made on `version` (stale → 409 with the stored cluster).
// The verdict (statusId, a VERIFICATION_STATUS label of the project, and its
// public explanation) needs reviews.decide; the rest is the cluster's
// starter's or a reviewer's. A new verdict is not yet applied to members:
// verdictAppliedAt is cleared until someone applies it.
export async function updateCluster(access: ProjectAccess, clusterId: string, input: unknown): Promise<ClusterDTO> {
  assertClusterPermission(access, "annotations.create");
  const { version, ...changes } = parseInput(updateClusterSchema, input, "Invalid change.");
  if (changes.statusId !== undefined || changes.verdictExplanation !== undefined) assertClusterPermission(access, "reviews.decide");
  const projectId = access.project.id;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const locked = await lockCluster(tx, projectId, clusterId);
    assertCanEditCluster(access, locked);
    if (locked.version !== version || locked.deletedAt) throw await clusterConflict(tx, { projectId, clusterId, seenVersion: version, expected: "live" }, canSee);
    if (Object.values(changes).every((value) => value === undefined)) {
      return (await findClusterDTO(tx, projectId, clusterId, canSee))!;
    }
    const before = await findClusterDTO(tx, projectId, clusterId);
    if (changes.statusId && changes.statusId !== locked.statusId) await assertAnnotationLabels(tx, projectId, { statusId: changes.statusId });

    const data: Prisma.ClaimClusterUncheckedUpdateInput = { version: { increment: 1 } };
    if (changes.title !== undefined) data.title = changes.title;
    if (changes.statement !== undefined) data.statement = changes.statement;
    if (changes.note !== undefined) data.note = changes.note;
    if (changes.verdictExplanation !== undefined) data.verdictExplanation = changes.verdictExplanation;
    if (changes.statusId !== undefined && changes.statusId !== locked.statusId) {
      data.statusId = changes.statusId;
      data.verdictAppliedAt = null;
      data.verdictAppliedById = null;
    }
    await tx.claimCluster.update({ where: { id: clusterId }, data });
    if (changes.evidence) await replaceClusterEvidence(tx, clusterId, access.userId, changes.evidence);

    const after = await findClusterDTO(tx, projectId, clusterId);
    if (!after) throw new Error(`Cluster ${clusterId} vanished inside the transaction that updated it.`);
    await recordClusterChange(tx, {
      projectId,
      actorId: access.userId,
      action: "cluster.update",
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
