import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/auth-options";
import { findSessionUser, type SessionUser } from "@/lib/auth/find-session-user";

export type CurrentUser = SessionUser;

// The session names a user id; the database decides whether that user still
// exists, is enabled and has not ended this session (findSessionUser), so
// disabling an account or signing out takes effect at once.
// Cached per request: layouts and pages share one lookup.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session) return null;
  return findSessionUser({ uid: session.user?.id, sv: session.sv, sid: session.sid });
});

// For pages and server actions: anonymous visitors go to sign-in.
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
