import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { candidateTargetSchema } from "@/lib/validations/cluster-candidate";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { findVisibleClaim } from "@/lib/server/cluster-candidate/find-visible-claim";
import { resolveCandidateTarget } from "@/lib/server/cluster-candidate/resolve-candidate-target";
import { toRejectionDTO, type CandidateRejectionDTO } from "@/lib/server/cluster-candidate/to-rejection-dto";
import { transaction } from "@/lib/db/transaction";

// Takes a rejection back, by its id or by the same target it was made with,
// so the candidate is suggested again. The row goes; the audit log keeps what
// it was.
export async function undoClusterCandidateRejection(
  access: ProjectAccess,
  claimId: string,
  by: { rejectionId: string } | { body: unknown },
): Promise<CandidateRejectionDTO> {
  if (!can(access.role, "annotations.create")) throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  const parsed = "body" in by ? candidateTargetSchema.safeParse(by.body) : null;
  if (parsed && !parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid candidate.");

  return transaction(async (tx) => {
    const claim = await findVisibleClaim(tx, access, claimId);
    const where =
      "rejectionId" in by
        ? { id: by.rejectionId, claimId: claim.id }
        : { claimId: claim.id, ...(await resolveCandidateTarget(tx, access, claim, parsed!.data!)) };
    const row = await tx.clusterCandidateRejection.findFirst({ where });
    if (!row) throw new AppError("NOT_FOUND", "No such rejection for this claim.");
    await tx.clusterCandidateRejection.delete({ where: { id: row.id } });
    const dto = toRejectionDTO(row);
    await writeAuditLog(tx, {
      projectId: access.project.id,
      actorId: access.userId,
      action: "cluster-candidate.unreject",
      entityType: "ClusterCandidateRejection",
      entityId: row.id,
      before: dto,
    });
    await recordEvent(tx, {
      projectId: access.project.id,
      articleId: claim.articleId,
      type: "cluster-candidate.unrejected",
      actorId: access.userId,
      payload: { claimId: claim.id, rejectionId: row.id },
    });
    return dto;
  });
}
