import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { appOrigins } from "@/lib/http/app-origins";
import { crossSiteRequestProblem } from "@/lib/http/cross-site-request-problem";

// First gate only: turns anonymous visitors away before any rendering. Every
// page, route handler and server action checks the session and the user's
// project role again itself (a proxy can be bypassed; see docs/security.md).
const PUBLIC_PAGES = [/^\/sign-in$/, /^\/setup$/, /^\/invite\/[^/]+$/];
const PUBLIC_API = [/^\/api\/auth(\/|$)/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Cross-site state changes stop here with a clear 403, server actions
  // included (Next's own origin check would answer 500). next-auth's routes
  // keep their own CSRF token and may receive OAuth form posts.
  if (!pathname.startsWith("/api/auth/")) {
    const problem = crossSiteRequestProblem(request, appOrigins());
    if (problem) return NextResponse.json({ error: { code: "FORBIDDEN", message: problem } }, { status: 403 });
  }
  if (PUBLIC_PAGES.some((p) => p.test(pathname)) || PUBLIC_API.some((p) => p.test(pathname))) {
    return NextResponse.next();
  }
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token?.uid) return NextResponse.next();

  if (pathname.startsWith("/api/")) {
    // API clients may authenticate with a bearer token instead of a session;
    // the route handler verifies it.
    if (request.headers.get("authorization")?.startsWith("Bearer ")) return NextResponse.next();
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in or send an API token." } }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but Next's own assets and static files in public/.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
