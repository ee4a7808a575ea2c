import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { transaction } from "@/lib/db/transaction";

export async function revokeInvite(access: ProjectAccess, inviteId: string) {
  assertCan(access, "members.manage");
  const { project } = access;
  const actorId = access.userId;
  await transaction(async (tx) => {
    const revoked = await tx.invite.updateMany({
      where: { id: inviteId, projectId: project.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new AppError("NOT_FOUND", "That invite is not open any more.");
    await writeAuditLog(tx, { projectId: project.id, actorId, action: "invite.revoke", entityType: "Invite", entityId: inviteId });
  });
}
