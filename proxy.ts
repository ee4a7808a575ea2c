import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token-codec";
import { envSubset } from "@/lib/env";
import { appOrigins } from "@/lib/http/app-origins";
import { crossSiteRequestProblem } from "@/lib/http/cross-site-request-problem";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";

// First gate only: turns anonymous visitors away before any rendering. Every
// page, route handler and server action checks the session and the user's
// project role again itself (a proxy can be bypassed; see docs/security.md).
const PUBLIC_PAGES = [/^\/sign-in$/, /^\/setup$/, /^\/invite\/[^/]+$/];
// Health probes come from load balancers and orchestrators, without a session.
const PUBLIC_API = [/^\/api\/auth(\/|$)/, /^\/api\/health$/, /^\/api\/ready$/];

type Security = { nonce: string; csp: string; https: boolean };

// A fresh nonce per request, and whether the app is reached over https
// (directly, or as NEXTAUTH_URL says behind a TLS-terminating proxy).
function securityFor(request: NextRequest): Security {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const { NEXTAUTH_URL, NODE_ENV } = envSubset("NEXTAUTH_URL", "NODE_ENV");
  const https = request.nextUrl.protocol === "https:" || (NEXTAUTH_URL ?? "").startsWith("https://");
  const csp = contentSecurityPolicy({ nonce, https, development: NODE_ENV === "development" });
  return { nonce, csp, https };
}

function withSecurityHeaders<R extends NextResponse>(response: R, security: Security): R {
  response.headers.set("Content-Security-Policy", security.csp);
  if (security.https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Next reads the nonce from the request's CSP header and puts it on its own
// scripts; the root layout reads x-nonce for next-themes' script.
function pass(request: NextRequest, security: Security): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", security.nonce);
  headers.set("Content-Security-Policy", security.csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), security);
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const security = securityFor(request);
  // Cross-site state changes stop here with a clear 403, server actions
  // included (Next's own origin check would answer 500). next-auth's routes
  // keep their own CSRF token and may receive OAuth form posts.
  if (!pathname.startsWith("/api/auth/")) {
    const problem = crossSiteRequestProblem(request, appOrigins());
    if (problem) return withSecurityHeaders(NextResponse.json({ error: { code: "FORBIDDEN", message: problem } }, { status: 403 }), security);
  }
  if (PUBLIC_PAGES.some((p) => p.test(pathname)) || PUBLIC_API.some((p) => p.test(pathname))) {
    return pass(request, security);
  }
  // Our decode: the same tokens, with the derived key cached (lib/auth/session-token-codec.ts).
  const token = await getToken({ req: request, secret: envSubset("NEXTAUTH_SECRET").NEXTAUTH_SECRET, decode: decodeSessionToken });
  if (token?.uid) return pass(request, security);

  if (pathname.startsWith("/api/")) {
    // API clients may authenticate with a bearer token instead of a session;
    // the route handler verifies it.
    if (request.headers.get("authorization")?.startsWith("Bearer ")) return pass(request, security);
    return withSecurityHeaders(
      NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in or send an API token." } }, { status: 401 }),
      security,
    );
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.redirect(signIn), security);
}

export const config = {
  // Everything but Next's own assets and the static files in public/, which
  // need no session: browsers fetch icons and the manifest before sign-in.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|icon-192.png|icon-512.png|icon-maskable-512.png|apple-touch-icon.png|manifest.webmanifest|robots.txt).*)"],
};
