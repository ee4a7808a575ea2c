import type { DbClient } from "@/lib/server/db-client";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";

// An invite that can still be used: not accepted, declined, revoked or expired.
export async function findOpenInvite(token: string, client: DbClient = db) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invite = await client.invite.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: { project: { select: { id: true, slug: true, name: true, deletedAt: true } } },
  });
  if (!invite || invite.acceptedAt || invite.declinedAt || invite.revokedAt || invite.expiresAt <= new Date()) return null;
  if (invite.project.deletedAt) return null;
  return invite;
}
