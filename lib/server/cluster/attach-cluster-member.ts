import { AppError } from "@/lib/errors/app-error";
import type { ClusterRelation } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import type { ClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import type { LockedCluster } from "@/lib/server/cluster/lock-cluster";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { lockMemberClaim } from "@/lib/server/cluster/lock-member-claim";
import { memberSnapshot } from "@/lib/server/cluster/member-snapshot";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { emitClusterEvents } from "@/lib/server/cluster/emit-cluster-events";

export type AttachMember = {
  projectId: string;
  actorId: string;
  canSee: ClaimVisibility;
  cluster: LockedCluster;
  annotationId: string;
  stance: ClusterRelation;
  note: string;
  // A claim belongs to one cluster at most; moving it needs saying so.
  move: boolean;
};

// Puts a claim into a locked cluster: a new membership, or (move) the claim's
// membership of another cluster changed to this one, which starts its review
// afresh. Writes the audit row and the live events of both clusters.
export async function attachClusterMember(tx: DbClient, input: AttachMember): Promise<string> {
  const { cluster, projectId, actorId } = input;
  if (cluster.deletedAt) throw new AppError("CONFLICT", "This cluster has been deleted; restore it before adding members.");
  const claim = await lockMemberClaim(tx, projectId, input.annotationId, input.canSee);
  const existing = claim.membership;
  if (existing?.clusterId === cluster.id) throw new AppError("CONFLICT", "This claim is already a member of this cluster.");
  if (existing && !input.move) {
    throw new AppError("CONFLICT", "This claim is already a member of another cluster. Send move: true to move it to this one.", {
      clusterId: existing.clusterId,
    });
  }
  const articleIds = await clusterArticleIds(tx, cluster.id);
  const reviewReset = { reviewState: "PENDING" as const, reviewedById: null, reviewedAt: null };

  if (!existing) {
    const created = await tx.claimClusterMember.create({
      data: { clusterId: cluster.id, annotationId: claim.id, relation: input.stance, note: input.note, addedById: actorId },
      select: { id: true },
    });
    await tx.claimCluster.update({ where: { id: cluster.id }, data: { updatedAt: new Date() } });
    await recordClusterChange(tx, {
      projectId,
      actorId,
      action: "cluster.member.add",
      clusterId: cluster.id,
      clusterVersion: cluster.version,
      entityType: "ClaimClusterMember",
      entityId: created.id,
      before: null,
      after: await memberSnapshot(tx, created.id),
      articleIds,
      member: { id: created.id, annotationId: claim.id, articleId: claim.articleId },
    });
    return created.id;
  }

  const source = await lockCluster(tx, projectId, existing.clusterId);
  const sourceArticleIds = await clusterArticleIds(tx, source.id);
  const before = await memberSnapshot(tx, existing.id);
  await tx.claimClusterMember.update({
    where: { id: existing.id },
    data: { clusterId: cluster.id, relation: input.stance, note: input.note, addedById: actorId, ...reviewReset, version: { increment: 1 } },
  });
  await tx.claimCluster.updateMany({ where: { id: { in: [cluster.id, source.id] } }, data: { updatedAt: new Date() } });
  const member = { id: existing.id, annotationId: claim.id, articleId: claim.articleId };
  await recordClusterChange(tx, {
    projectId,
    actorId,
    action: "cluster.member.update",
    clusterId: cluster.id,
    clusterVersion: cluster.version,
    entityType: "ClaimClusterMember",
    entityId: existing.id,
    before,
    after: await memberSnapshot(tx, existing.id),
    articleIds,
    member,
  });
  await emitClusterEvents(tx, {
    projectId,
    actorId,
    type: "cluster.member.removed",
    clusterId: source.id,
    clusterVersion: source.version,
    articleIds: sourceArticleIds,
    member,
  });
  return existing.id;
}
