import { AppError } from "@/lib/errors/app-error";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { updateClusterMemberSchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import type { ClusterRelation } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockClusterMember } from "@/lib/server/cluster/lock-cluster-member";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { attachClusterMember } from "@/lib/server/cluster/attach-cluster-member";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { memberSnapshot } from "@/lib/server/cluster/member-snapshot";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { transaction } from "@/lib/db/transaction";

// Changes a membership seen at `version`: its stance, its note, or its
// cluster (a move; the claim's membership then needs review again). Answers
// with the cluster the member is in afterwards.
export async function updateClusterMember(access: ProjectAccess, clusterId: string, memberId: string, input: unknown): Promise<ClusterDTO> {
  assertClusterPermission(access, "annotations.create");
  const { version, ...changes } = parseInput(updateClusterMemberSchema, input, "Invalid change.");
  const projectId = access.project.id;
  const actorId = access.userId;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const member = await lockClusterMember(tx, { projectId, clusterId, memberId }, canSee);
    if (member.version !== version) {
      throw new AppError(
        "CONFLICT",
        `Someone else changed this membership (it is now at version ${member.version}; you edited version ${version}). Your change was not saved.`,
        { current: await findClusterDTO(tx, projectId, clusterId, canSee) },
      );
    }
    if (member.cluster.deletedAt) throw new AppError("CONFLICT", "This cluster has been deleted; restore it before changing its members.");
    const stance = (changes.stance ?? member.relation) as ClusterRelation;
    const note = changes.note ?? member.note;

    if (changes.clusterId !== undefined && changes.clusterId !== clusterId) {
      const target = await lockCluster(tx, projectId, changes.clusterId);
      await attachClusterMember(tx, { projectId, actorId, canSee, cluster: target, annotationId: member.annotationId, stance, note, move: true });
      return (await findClusterDTO(tx, projectId, target.id, canSee))!;
    }
    if (changes.stance === undefined && changes.note === undefined) return (await findClusterDTO(tx, projectId, clusterId, canSee))!;

    const before = await memberSnapshot(tx, memberId);
    await tx.claimClusterMember.update({ where: { id: memberId }, data: { relation: stance, note, version: { increment: 1 } } });
    await tx.claimCluster.update({ where: { id: clusterId }, data: { updatedAt: new Date() } });
    await recordClusterChange(tx, {
      projectId,
      actorId,
      action: "cluster.member.update",
      clusterId,
      clusterVersion: member.cluster.version,
      entityType: "ClaimClusterMember",
      entityId: memberId,
      before,
      after: await memberSnapshot(tx, memberId),
      articleIds: await clusterArticleIds(tx, clusterId),
      member: { id: memberId, annotationId: member.annotationId, articleId: member.articleId },
    });
    return (await findClusterDTO(tx, projectId, clusterId, canSee))!;
  });
}
