import { announceAccessChange } from "@/lib/realtime/announce-access-change";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { transaction } from "@/lib/db/transaction";

// "Sign out everywhere": raising the session version makes every session
// token issued so far fail findSessionUser, on every device, at once. API
// tokens are separate credentials and are revoked on the Export page.
export async function endAllSessions(userId: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAuditLog(tx, { actorId: userId, action: "user.sessions_end", entityType: "User", entityId: userId });
    await announceAccessChange(tx, userId);
  });
}
