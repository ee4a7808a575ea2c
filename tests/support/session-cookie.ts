import type { JWT } from "next-auth/jwt";
import { envSubset } from "@/lib/env";
import { encodeSessionToken } from "@/lib/auth/session-token-codec";

// A stand-in for next/headers' cookies() outside a Next request: it holds the
// session cookie a browser would send, encrypted as next-auth encrypts it, so
// readSessionClaims decodes a real token. Tests mock next/headers with
// `cookies: async () => jar` and call `jar.signIn(token)` / `jar.signOut()`.
export function sessionCookieJar() {
  let value: string | null = null;
  return {
    getAll: () => (value ? [{ name: "next-auth.session-token", value }] : []),
    async signIn(token: JWT): Promise<void> {
      value = await encodeSessionToken({ token, secret: envSubset("NEXTAUTH_SECRET").NEXTAUTH_SECRET, maxAge: 3600 });
    },
    signOut(): void {
      value = null;
    },
  };
}
