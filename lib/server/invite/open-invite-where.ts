import type { Prisma } from "@/lib/generated/prisma/client";

// An invite that can still be answered: not accepted, declined, revoked or
// expired, in a project that still exists.
export function openInviteWhere(now = new Date()): Prisma.InviteWhereInput {
  return { acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now }, project: { deletedAt: null } };
}
