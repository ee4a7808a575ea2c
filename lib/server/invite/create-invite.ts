import { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/validations/auth";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { randomToken } from "@/lib/crypto/random-token";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { z } from "zod";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

const inviteSchema = z.object({
  role: z.enum(Role),
  email: z.union([z.literal(""), emailSchema]).optional(),
  expiresInDays: z.coerce.number().int().min(1).max(30).default(7),
});

// Returns the secret token once; only its hash is stored.
export async function createInvite(access: ProjectAccess, input: unknown) {
  assertCan(access, "members.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(inviteSchema, input, "Invalid invite.");
  const token = randomToken();
  const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
  const invite = await transaction(async (tx) => {
    const created = await tx.invite.create({
      data: {
        projectId: project.id,
        role: data.role,
        email: data.email || null,
        tokenHash: sha256Hex(token),
        createdById: actorId,
        expiresAt,
      },
    });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "invite.create",
      entityType: "Invite",
      entityId: created.id,
      after: { role: created.role, email: created.email, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { id: invite.id, token, role: invite.role, email: invite.email, expiresAt };
}
