import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { candidateTargetSchema } from "@/lib/validations/cluster-candidate";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { findVisibleClaim } from "@/lib/server/cluster-candidate/find-visible-claim";
import { resolveCandidateTarget } from "@/lib/server/cluster-candidate/resolve-candidate-target";
import { toRejectionDTO, type CandidateRejectionDTO } from "@/lib/server/cluster-candidate/to-rejection-dto";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Remembers that a candidate is not the claim's fact, so it is not suggested
// again for this claim. Idempotent: rejecting the same target twice returns
// the first rejection (created: false).
export async function rejectClusterCandidate(
  access: ProjectAccess,
  claimId: string,
  input: unknown,
): Promise<{ rejection: CandidateRejectionDTO; created: boolean }> {
  if (!can(access.role, "annotations.create")) throw new AppError("FORBIDDEN", "Your role in this project does not allow rejecting candidates.");
  const data = parseInput(candidateTargetSchema, input, "Invalid candidate.");

  return transaction(async (tx) => {
    const claim = await findVisibleClaim(tx, access, claimId);
    // Serialises rejections of one claim so two clicks cannot store two rows.
    await tx.$executeRaw`SELECT 1 FROM "Annotation" WHERE "id" = ${claim.id} FOR UPDATE`;
    const target = await resolveCandidateTarget(tx, access, claim, data);
    const existing = await tx.clusterCandidateRejection.findFirst({ where: { claimId: claim.id, ...target } });
    if (existing) return { rejection: toRejectionDTO(existing), created: false };
    const row = await tx.clusterCandidateRejection.create({
      data: { projectId: access.project.id, claimId: claim.id, rejectedById: access.userId, ...target },
    });
    const dto = toRejectionDTO(row);
    await writeAuditLog(tx, {
      projectId: access.project.id,
      actorId: access.userId,
      action: "cluster-candidate.reject",
      entityType: "ClusterCandidateRejection",
      entityId: row.id,
      after: dto,
    });
    await recordEvent(tx, {
      projectId: access.project.id,
      articleId: claim.articleId,
      type: "cluster-candidate.rejected",
      actorId: access.userId,
      payload: { claimId: claim.id, rejectionId: row.id },
    });
    return { rejection: dto, created: true };
  });
}
