import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";

export async function revokeInvite(actorId: string, projectSlug: string, inviteId: string) {
  const { project } = await requireProjectAccess(actorId, projectSlug, "members.manage");
  await db.$transaction(async (tx) => {
    const revoked = await tx.invite.updateMany({
      where: { id: inviteId, projectId: project.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new AppError("NOT_FOUND", "That invite is not open any more.");
    await writeAuditLog(tx, { projectId: project.id, actorId, action: "invite.revoke", entityType: "Invite", entityId: inviteId });
  });
}
