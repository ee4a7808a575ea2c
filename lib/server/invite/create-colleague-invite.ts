import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/assert-strong-password";
import { colleagueSchema } from "@/lib/validations/member";
import { randomToken } from "@/lib/crypto/random-token";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

const INVITATION_DAYS = 14;

// The same answer whether or not the address had an account, so adding
// colleagues cannot be used to learn who uses Claimdesk.
export type ColleagueInvited = { email: string; role: string; expiresAt: Date };

// An owner adds a colleague by email. Nobody becomes a member without saying
// yes: the project offers an invitation bound to the address, which its owner
// accepts or declines in their inbox. If the address has no account yet, one
// is created with the first password the owner chose (to hand over privately).
// Both paths do the same work (the password is always checked and hashed), so
// neither the answer nor its timing tells them apart.
export async function createColleagueInvite(access: ProjectAccess, input: unknown): Promise<ColleagueInvited> {
  if (!can(access.role, "members.manage")) throw new AppError("FORBIDDEN", "Only owners add colleagues.");
  const data = parseInput(colleagueSchema, input, "Invalid input.");
  const { name, email, password, role } = data;
  assertStrongPassword(password, [name, email]);
  const passwordHash = await hashPassword(password);
  const { project, userId: actorId } = access;
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);

  return transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      const member = await tx.membership.findUnique({
        where: { projectId_userId: { projectId: project.id, userId: existing.id } },
      });
      // The owner sees the member list anyway, so this reveals nothing new.
      if (member) throw new AppError("CONFLICT", `${email} is already a member of this project.`);
    } else {
      const created = await tx.user.create({ data: { name, email, passwordHash } });
      await writeAuditLog(tx, { actorId, action: "user.create", entityType: "User", entityId: created.id, after: { email } });
    }
    // One open invitation per address and project: a new one replaces the old.
    await tx.invite.updateMany({
      where: { projectId: project.id, email, acceptedAt: null, revokedAt: null, declinedAt: null },
      data: { revokedAt: new Date() },
    });
    // Accepted from the inbox by the address's account, never by link: the
    // token is thrown away and only its hash kept to satisfy the column.
    const invite = await tx.invite.create({
      data: { projectId: project.id, role, email, tokenHash: sha256Hex(randomToken()), createdById: actorId, expiresAt },
    });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "invite.create",
      entityType: "Invite",
      entityId: invite.id,
      after: { role, email, expiresAt: expiresAt.toISOString(), via: "colleague" },
    });
    return { email, role, expiresAt };
  });
}
