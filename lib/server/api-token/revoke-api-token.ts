import { announceAccessChange } from "@/lib/realtime/announce-access-change";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { transaction } from "@/lib/db/transaction";

/**
 * Revokes one of the user's own tokens at once (authentication checks
 * `revokedAt` on every request). Someone else's token is NOT_FOUND, so token
 * ids reveal nothing; revoking twice keeps the first time.
 */
export async function revokeApiToken(userId: string, tokenId: string, now = new Date()): Promise<void> {
  await transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true, projectId: true, revokedAt: true, prefix: true } });
    if (!token) throw new AppError("NOT_FOUND", "Token not found.");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await writeAuditLog(tx, {
      projectId: token.projectId,
      actorId: userId,
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      after: { prefix: token.prefix, revokedAt: now.toISOString() },
    });
    await announceAccessChange(tx, userId);
  });
}
