import { db } from "@/lib/db";

export async function listOpenInvites(projectId: string) {
  return db.invite.findMany({
    where: { projectId, acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}
