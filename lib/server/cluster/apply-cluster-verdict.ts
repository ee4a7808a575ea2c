import { AppError } from "@/lib/errors/app-error";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { clusterVersionSchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { clusterConflict } from "@/lib/server/cluster/cluster-conflict";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { transaction } from "@/lib/db/transaction";

export type AppliedVerdict = { cluster: ClusterDTO; updatedAnnotationIds: string[]; skippedContradicting: string[] };

// Sets the cluster's verdict as the status of its member claims, in one
// transaction, each as an ordinary annotation update: version bump, an audit
// row naming the cluster (so it shows in the claim's history) and a live
// event. Members that CONTRADICT the statement are left alone: the verdict
// on the statement is not a verdict on its denial. Members already at the
// verdict are not rewritten. Because the status is a rated verdict, a later
// change of a member's words flags it as for any claim.
export async function applyClusterVerdict(access: ProjectAccess, clusterId: string, input: unknown): Promise<AppliedVerdict> {
  assertClusterPermission(access, "reviews.decide");
  const { version } = parseInput(clusterVersionSchema, input, "Send { version }.");
  const projectId = access.project.id;
  const actorId = access.userId;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const cluster = await lockCluster(tx, projectId, clusterId);
    if (cluster.version !== version || cluster.deletedAt) throw await clusterConflict(tx, { projectId, clusterId, seenVersion: version, expected: "live" }, canSee);
    if (!cluster.statusId) throw new AppError("BAD_REQUEST", "This cluster has no verdict yet; set its status before applying it.");

    const members = await tx.claimClusterMember.findMany({
      where: { clusterId, annotation: { deletedAt: null, article: { deletedAt: null } } },
      select: { annotationId: true, relation: true, annotation: { select: { statusId: true } } },
      orderBy: { createdAt: "asc" },
    });
    const updated: string[] = [];
    const skipped: string[] = [];
    for (const member of members) {
      if (member.relation === "CONTRADICTS") {
        skipped.push(member.annotationId);
        continue;
      }
      if (member.annotation.statusId === cluster.statusId) continue;
      // Locked before reading, so a concurrent edit of the claim lands wholly
      // before or after this update and its version check sees this one.
      await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${member.annotationId} FOR UPDATE`;
      const before = await findAnnotationDTO(tx, projectId, member.annotationId);
      if (!before) continue;
      await tx.annotation.update({ where: { id: member.annotationId }, data: { statusId: cluster.statusId, version: { increment: 1 } } });
      const after = await findAnnotationDTO(tx, projectId, member.annotationId);
      if (!after) throw new Error(`Annotation ${member.annotationId} vanished inside the transaction that updated it.`);
      await recordAnnotationChange(tx, {
        projectId,
        actorId,
        action: "annotation.update",
        before,
        // The history names where the change came from.
        after: { ...after, viaCluster: { id: clusterId, title: cluster.title } } as typeof after,
      });
      updated.push(member.annotationId);
    }

    const beforeCluster = await findClusterDTO(tx, projectId, clusterId);
    await tx.claimCluster.update({
      where: { id: clusterId },
      data: { verdictAppliedAt: new Date(), verdictAppliedById: actorId, version: { increment: 1 } },
    });
    const afterCluster = await findClusterDTO(tx, projectId, clusterId);
    if (!afterCluster) throw new Error(`Cluster ${clusterId} vanished inside the transaction that changed it.`);
    await recordClusterChange(tx, {
      projectId,
      actorId,
      action: "cluster.verdict.apply",
      clusterId,
      clusterVersion: afterCluster.version,
      entityType: "ClaimCluster",
      entityId: clusterId,
      before: beforeCluster,
      after: { ...afterCluster, appliedTo: updated, skippedContradicting: skipped },
      articleIds: await clusterArticleIds(tx, clusterId),
    });
    return { cluster: (await findClusterDTO(tx, projectId, clusterId, canSee))!, updatedAnnotationIds: updated, skippedContradicting: skipped };
  });
}
