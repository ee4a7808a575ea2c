import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { envSubset } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/session-token-codec";
import type { SessionClaims } from "@/lib/auth/find-session-user";

// The claims of this request's session cookie (user id, session version,
// session id), decoded once. Not next-auth's getServerSession: in a route
// handler or a server component that runs next-auth's whole session endpoint
// — decode, callbacks, then a fresh encryption of the token for a cookie it
// cannot set there (its response is a no-op in that mode), so every request
// paid for a JWE it threw away (docs/benchmarks.md, "Framework floor").
// The expiry still slides where next-auth can set the cookie: the session
// endpoint the client calls, and sign-in. Only the cookie is read: a Bearer
// header is an API token, checked by authenticateApiRequest, never a session.
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = envSubset("NEXTAUTH_SECRET", "NEXTAUTH_URL");
  const token = await getToken({
    req: { cookies: await cookies(), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: NEXTAUTH_SECRET,
    // next-auth names the cookie __Secure-… when the site is served over https.
    secureCookie: (NEXTAUTH_URL ?? "").startsWith("https://"),
    decode: decodeSessionToken,
  });
  if (!token) return null;
  return {
    uid: typeof token.uid === "string" ? token.uid : undefined,
    sv: typeof token.sv === "number" ? token.sv : undefined,
    sid: typeof token.sid === "string" ? token.sid : undefined,
  };
}
