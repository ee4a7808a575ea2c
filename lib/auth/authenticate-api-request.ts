import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { getCurrentSession, type CurrentUser } from "@/lib/auth/current-user";

// `credential` is what was checked, so a long request (an event stream) can
// ask again later whether it still holds (isPrincipalCurrent).
export type ApiCredential = { kind: "session"; sessionVersion: number; sessionId: string } | { kind: "token"; tokenId: string };
export type ApiPrincipal = { user: CurrentUser; tokenProjectId: string | null; credential: ApiCredential };

// API routes accept the browser session or `Authorization: Bearer <token>`.
// A token bound to one project must not reach others: callers check
// tokenProjectId against the project they serve.
export async function authenticateApiRequest(request: Request): Promise<ApiPrincipal> {
  const header = request.headers.get("authorization");
  if (header?.startsWith("Bearer ")) {
    const secret = header.slice("Bearer ".length).trim();
    const token = secret
      ? await db.apiToken.findUnique({ where: { tokenHash: sha256Hex(secret) }, include: { user: true } })
      : null;
    const now = new Date();
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabledAt) {
      throw new AppError("UNAUTHENTICATED", "The API token is invalid, expired or revoked.");
    }
    // Recorded at most once a minute to keep reads cheap.
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    const { id, email, name, isAdmin } = token.user;
    return { user: { id, email, name, isAdmin }, tokenProjectId: token.projectId, credential: { kind: "token", tokenId: token.id } };
  }
  const session = await getCurrentSession();
  if (!session) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
  const { sv, sid } = session.claims;
  return { user: session.user, tokenProjectId: null, credential: { kind: "session", sessionVersion: sv, sessionId: sid } };
}
