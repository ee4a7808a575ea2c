import { redirect } from "next/navigation";
import { cache } from "react";
import { readSessionClaims } from "@/lib/auth/read-session-claims";
import { findSessionUser, type SessionClaims, type SessionUser } from "@/lib/auth/find-session-user";

export type CurrentUser = SessionUser;
export type CurrentSession = { user: CurrentUser; claims: Required<SessionClaims> };

// The session names a user id; the database decides whether that user still
// exists, is enabled and has not ended this session (findSessionUser), so
// disabling an account or signing out takes effect at once.
// Cached per request: layouts and pages share one lookup.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getCurrentSession())?.user ?? null);

// The user with the claims that were checked: an open event stream keeps them
// to ask again later whether this session still holds (isPrincipalCurrent).
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const user = await findSessionUser(claims);
  if (!user || typeof claims.sv !== "number" || !claims.sid) return null;
  return { user, claims: { uid: user.id, sv: claims.sv, sid: claims.sid } };
});

// For pages and server actions: anonymous visitors go to sign-in.
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
