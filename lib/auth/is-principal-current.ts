import { db } from "@/lib/db";
import type { ApiPrincipal } from "@/lib/auth/authenticate-api-request";
import { findSessionUser } from "@/lib/auth/find-session-user";

// Whether the credential a request was let in with still holds: the session
// is not signed out, its version has not moved on (sign out everywhere,
// password change) and the user is enabled; or the API token is not revoked
// or expired and its user is enabled. Asked again by open event streams.
export async function isPrincipalCurrent(principal: ApiPrincipal, now = new Date()): Promise<boolean> {
  const { credential } = principal;
  if (credential.kind === "session") {
    const user = await findSessionUser({ uid: principal.user.id, sv: credential.sessionVersion, sid: credential.sessionId });
    return user !== null;
  }
  const token = await db.apiToken.findUnique({
    where: { id: credential.tokenId },
    select: { revokedAt: true, expiresAt: true, user: { select: { disabledAt: true } } },
  });
  return !!token && !token.revokedAt && !(token.expiresAt && token.expiresAt <= now) && !token.user.disabledAt;
}
