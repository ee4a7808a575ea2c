import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { openInviteWhere } from "@/lib/server/invite/open-invite-where";

export type PendingInvitation = {
  id: string;
  role: Role;
  project: { name: string };
  invitedBy: string;
  expiresAt: string;
};

// Invitations waiting for the signed-in person's answer: open invites bound to
// their email address. Only the project's name is shown, not its slug or
// contents, until they accept.
export async function listPendingInvitations(user: { email: string }): Promise<PendingInvitation[]> {
  const rows = await db.invite.findMany({
    where: { email: user.email, ...openInviteWhere() },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      role: true,
      expiresAt: true,
      project: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    project: { name: row.project.name },
    invitedBy: row.createdBy.name,
    expiresAt: row.expiresAt.toISOString(),
  }));
}
