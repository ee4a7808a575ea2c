import { AppError } from "@/lib/errors/app-error";
import { inviteIdSchema } from "@/lib/validations/member";
import { openInviteWhere } from "@/lib/server/invite/open-invite-where";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { transaction } from "@/lib/db/transaction";

// The invited person says yes in their inbox: membership starts here, and only
// here, for invitations bound to their own address. Marking the invite used and
// creating the membership commit together, and the conditional update makes a
// double click accept once.
export async function acceptPendingInvite(user: { id: string; email: string }, inviteId: unknown): Promise<{ projectSlug: string }> {
  const id = inviteIdSchema.safeParse(inviteId);
  if (!id.success) throw new AppError("BAD_REQUEST", "Choose an invitation.");
  return transaction(async (tx) => {
    const invite = await tx.invite.findFirst({
      where: { id: id.data, email: user.email, ...openInviteWhere() },
      include: { project: { select: { slug: true } } },
    });
    if (!invite) throw new AppError("NOT_FOUND", "This invitation is no longer open.");
    const used = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null, declinedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (used.count !== 1) throw new AppError("CONFLICT", "This invitation has just been answered.");
    const existing = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: invite.projectId, userId: user.id } },
    });
    if (!existing) await tx.membership.create({ data: { projectId: invite.projectId, userId: user.id, role: invite.role } });
    await writeAuditLog(tx, {
      projectId: invite.projectId,
      actorId: user.id,
      action: "invite.accept",
      entityType: "Invite",
      entityId: invite.id,
      after: { role: existing?.role ?? invite.role },
    });
    return { projectSlug: invite.project.slug };
  });
}
