import { db } from "@/lib/db";
import { announceAccessChange } from "@/lib/realtime/announce-access-change";
import { transaction } from "@/lib/db/transaction";

// Records a signed-out session so its token is refused until it would have
// expired anyway; rows past that point are useless and pruned on the way.
export async function revokeSession(claims: { uid?: string; sid?: string; exp?: unknown }, maxAgeSeconds: number): Promise<void> {
  const { uid, sid } = claims;
  if (!uid || !sid) return;
  const expiresAt = typeof claims.exp === "number" ? new Date(claims.exp * 1000) : new Date(Date.now() + maxAgeSeconds * 1000);
  await transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({ where: { id: sid }, create: { id: sid, userId: uid, expiresAt }, update: {} }),
  ]);
  await announceAccessChange(db, uid);
}
