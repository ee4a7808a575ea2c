import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string };
    // The token's session version and id, checked against the database on
    // every request (lib/auth/find-session-user.ts).
    sv?: number;
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    // User.sessionVersion when the session began.
    sv?: number;
    // Random id of this session, so signing out can revoke just this one.
    sid?: string;
  }
}
