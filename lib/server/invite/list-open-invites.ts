import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export async function listOpenInvites(access: ProjectAccess) {
  assertCan(access, "members.manage");
  const projectId = access.project.id;
  return db.invite.findMany({
    where: { projectId, acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}
