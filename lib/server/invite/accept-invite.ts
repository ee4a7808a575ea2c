import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/assert-strong-password";
import { newAccountSchema } from "@/lib/validations/auth";
import { findOpenInvite } from "@/lib/server/invite/find-open-invite";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { transaction } from "@/lib/db/transaction";

type AcceptAs = { userId: string } | { newAccount: unknown };

// Accepting is one transaction: the invite is marked used in the same
// statement that checks it is still open, so a link works exactly once.
export async function acceptInvite(token: string, as: AcceptAs) {
  const account = "newAccount" in as ? newAccountSchema.safeParse(as.newAccount) : null;
  if (account && !account.success) {
    throw new AppError("BAD_REQUEST", account.error.issues[0]?.message ?? "Invalid account.", account.error.issues);
  }
  if (account?.success) assertStrongPassword(account.data.password, [account.data.name, account.data.email]);
  const passwordHash = account?.success ? await hashPassword(account.data.password) : null;

  return transaction(async (tx) => {
    const invite = await findOpenInvite(token, tx);
    if (!invite) throw new AppError("NOT_FOUND", "This invite link is invalid, used or expired.");

    let userId: string;
    if ("userId" in as) {
      userId = as.userId;
    } else {
      const data = account!.success ? account!.data : null;
      if (!data || !passwordHash) throw new AppError("BAD_REQUEST", "Invalid account.");
      if (await tx.user.findUnique({ where: { email: data.email } })) {
        throw new AppError("CONFLICT", "An account with this email exists. Sign in, then open the invite link again.");
      }
      userId = (await tx.user.create({ data: { name: data.name, email: data.email, passwordHash } })).id;
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (invite.email && invite.email !== user.email) {
      throw new AppError("FORBIDDEN", `This invite is for ${invite.email}.`);
    }
    const used = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null },
      data: { acceptedAt: new Date(), acceptedById: userId },
    });
    if (used.count !== 1) throw new AppError("CONFLICT", "This invite link has just been used.");

    const existing = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: invite.projectId, userId } },
    });
    if (!existing) {
      await tx.membership.create({ data: { projectId: invite.projectId, userId, role: invite.role } });
    }
    await writeAuditLog(tx, {
      projectId: invite.projectId,
      actorId: userId,
      action: "invite.accept",
      entityType: "Invite",
      entityId: invite.id,
      after: { role: existing?.role ?? invite.role },
    });
    return { projectSlug: invite.project.slug, email: user.email };
  });
}
