import { AppError } from "@/lib/errors/app-error";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { decideClusterMemberSchema } from "@/lib/validations/cluster";
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

// A reviewer accepts or rejects a membership (is this claim really the
// cluster's fact, in that stance?), as annotations are reviewed: reviewers and
// owners only, never on a link they made themselves. The comment goes into
// the audit row with the decision.
export async function decideClusterMemberReview(access: ProjectAccess, clusterId: string, memberId: string, input: unknown): Promise<ClusterDTO> {
  assertClusterPermission(access, "reviews.decide");
  const values = parseInput(decideClusterMemberSchema, input, "Send { decision, comment? }.");
  const projectId = access.project.id;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const member = await lockClusterMember(tx, { projectId, clusterId, memberId }, canSee);
    if (member.addedById === access.userId) throw new AppError("FORBIDDEN", "You cannot review a membership you added yourself; ask another reviewer.");
    if (values.version !== undefined && values.version !== member.version) {
      throw new AppError("CONFLICT", `This membership changed (it is now at version ${member.version}; you reviewed version ${values.version}). Look at it again.`, {
        current: await findClusterDTO(tx, projectId, clusterId, canSee),
      });
    }
    if (member.cluster.deletedAt) throw new AppError("CONFLICT", "This cluster has been deleted; restore it before reviewing its members.");
    const before = await memberSnapshot(tx, memberId);
    await tx.claimClusterMember.update({
      where: { id: memberId },
      data: {
        reviewState: values.decision === "ACCEPT" ? "ACCEPTED" : "REJECTED",
        reviewedById: access.userId,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    const after = await memberSnapshot(tx, memberId);
    await recordClusterChange(tx, {
      projectId,
      actorId: access.userId,
      action: "cluster.member.review",
      clusterId,
      clusterVersion: member.cluster.version,
      entityType: "ClaimClusterMember",
      entityId: memberId,
      before,
      after: after ? { ...after, decision: values.decision, comment: values.comment } : null,
      articleIds: await clusterArticleIds(tx, clusterId),
      member: { id: memberId, annotationId: member.annotationId, articleId: member.articleId },
    });
    return (await findClusterDTO(tx, projectId, clusterId, canSee))!;
  });
}
