import { sameOriginPath } from "@/lib/auth/same-origin-path";

// Paths are checked against any origin alike; an absolute URL needs the real
// one (NEXTAUTH_URL), and without it is simply refused.
const PLACEHOLDER_ORIGIN = "http://claimdesk.invalid";

// Where to go after signing in: a path on this site (see sameOriginPath), never
// back into sign-in itself; anything else falls back.
export function safeCallbackUrl(value: unknown, fallback = "/projects", origin = PLACEHOLDER_ORIGIN): string {
  const path = sameOriginPath(value, origin);
  if (!path) return fallback;
  const pathname = path.split(/[?#]/)[0] ?? "";
  if (pathname === "/sign-in" || pathname.startsWith("/sign-in/") || pathname === "/api/auth" || pathname.startsWith("/api/auth/")) {
    return fallback;
  }
  return path;
}
