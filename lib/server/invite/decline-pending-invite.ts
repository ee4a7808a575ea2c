import { AppError } from "@/lib/errors/app-error";
import { inviteIdSchema } from "@/lib/validations/member";
import { openInviteWhere } from "@/lib/server/invite/open-invite-where";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { transaction } from "@/lib/db/transaction";

// The invited person says no: the invitation closes and no membership is made.
// The owner then no longer sees it among open invites.
export async function declinePendingInvite(user: { id: string; email: string }, inviteId: unknown): Promise<void> {
  const id = inviteIdSchema.safeParse(inviteId);
  if (!id.success) throw new AppError("BAD_REQUEST", "Choose an invitation.");
  await transaction(async (tx) => {
    const declined = await tx.invite.updateMany({
      where: { id: id.data, email: user.email, ...openInviteWhere() },
      data: { declinedAt: new Date() },
    });
    if (declined.count !== 1) throw new AppError("NOT_FOUND", "This invitation is no longer open.");
    const invite = await tx.invite.findUniqueOrThrow({ where: { id: id.data }, select: { projectId: true } });
    await writeAuditLog(tx, { projectId: invite.projectId, actorId: user.id, action: "invite.decline", entityType: "Invite", entityId: id.data });
  });
}
