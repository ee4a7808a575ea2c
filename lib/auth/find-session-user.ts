import { db } from "@/lib/db";

export type SessionClaims = { uid?: string; sv?: number; sid?: string };
export type SessionUser = { id: string; email: string; name: string; isAdmin: boolean };

// What the session check reads of a user, for a `select` on User (here, and
// together with the membership in authenticateProjectRequest).
export function sessionUserSelect(sid: string) {
  return {
    id: true,
    email: true,
    name: true,
    isAdmin: true,
    disabledAt: true,
    sessionVersion: true,
    revokedSessions: { where: { id: sid }, select: { id: true } },
  } as const;
}

type SessionUserRow = SessionUser & { disabledAt: Date | null; sessionVersion: number; revokedSessions: unknown[] };

// The session token is only a claim: the database decides on every request
// whether it still holds. It does not when the user is gone or disabled, when
// their session version has moved on (sign out everywhere, password change),
// or when this very session was signed out. Tokens from before session
// versions existed carry none and are refused, so everyone signs in once.
export async function findSessionUser(claims: SessionClaims): Promise<SessionUser | null> {
  const { uid, sv, sid } = claims;
  if (!uid || typeof sv !== "number" || !sid) return null;
  const user = await db.user.findUnique({ where: { id: uid }, select: sessionUserSelect(sid) });
  return sessionUserIfCurrent(user, sv);
}

// The decision on a row read with sessionUserSelect, by the rules above.
export function sessionUserIfCurrent(user: SessionUserRow | null, sv: number): SessionUser | null {
  if (!user || user.disabledAt || user.sessionVersion !== sv || user.revokedSessions.length > 0) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
