import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { newAccountSchema } from "@/lib/validations/auth";
import { hashPassword } from "@/lib/auth/password";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

const memberAccountSchema = newAccountSchema.extend({ role: z.enum(Role) });

// An owner creates a colleague's account with a first password to hand over,
// or, when the email already has an account, adds that account to the project.
export async function createMemberAccount(actorId: string, projectSlug: string, input: unknown) {
  const { project } = await requireProjectAccess(actorId, projectSlug, "members.manage");
  const parsed = memberAccountSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid input.", parsed.error.issues);
  }
  const { name, email, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing) {
      const member = await tx.membership.findUnique({
        where: { projectId_userId: { projectId: project.id, userId: existing.id } },
      });
      if (member) throw new AppError("CONFLICT", `${email} is already a member of this project.`);
    }
    const user = existing ?? (await tx.user.create({ data: { name, email, passwordHash } }));
    await tx.membership.create({ data: { projectId: project.id, userId: user.id, role } });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: existing ? "member.add" : "member.create_account",
      entityType: "User",
      entityId: user.id,
      after: { email, role },
    });
    return { id: user.id, email: user.email, name: user.name, role, accountExisted: !!existing };
  });
}
