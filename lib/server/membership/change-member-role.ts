import { announceAccessChange } from "@/lib/realtime/announce-access-change";
import { AppError } from "@/lib/errors/app-error";
import { Role } from "@/lib/generated/prisma/enums";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { transaction } from "@/lib/db/transaction";

const changeSchema = z.object({ userId: safeString().min(1).max(64), role: z.enum(Role).nullable() });

// role null removes the member. A project always keeps at least one owner.
export async function changeMemberRole(access: ProjectAccess, input: unknown) {
  assertCan(access, "members.manage");
  const { project } = access;
  const actorId = access.userId;
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "Choose a member and a role.", parsed.error.issues);
  const { userId, role } = parsed.data;

  return transaction(async (tx) => {
    // Lock the project's owner rows so two owners demoting each other at once
    // cannot leave the project with none.
    await tx.$executeRaw`SELECT id FROM "Membership" WHERE "projectId" = ${project.id} AND role = 'OWNER' FOR UPDATE`;
    const member = await tx.membership.findUnique({ where: { projectId_userId: { projectId: project.id, userId } } });
    if (!member) throw new AppError("NOT_FOUND", "That person is not a member of this project.");
    if (member.role === "OWNER" && role !== "OWNER") {
      const owners = await tx.membership.count({ where: { projectId: project.id, role: "OWNER" } });
      if (owners <= 1) throw new AppError("CONFLICT", "A project needs at least one owner. Make someone else owner first.");
    }
    if (role) await tx.membership.update({ where: { id: member.id }, data: { role } });
    else await tx.membership.delete({ where: { id: member.id } });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: role ? "member.role" : "member.remove",
      entityType: "Membership",
      entityId: member.id,
      before: { userId, role: member.role },
      after: role ? { userId, role } : null,
    });
    await announceAccessChange(tx, userId);
  });
}
