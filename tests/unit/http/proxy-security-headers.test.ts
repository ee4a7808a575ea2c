import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

// The proxy decodes session cookies with the server's secret (lib/env.ts
// requires one of at least 32 characters).
process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-not-used-for-anything-real";

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

function nonceOf(csp: string | null): string | undefined {
  return /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
}

describe("proxy: CSP, HSTS and the cross-site gate", () => {
  it("over https: HSTS, upgrade-insecure-requests, and the nonce handed to the render", async () => {
    delete process.env.NEXTAUTH_URL;
    const response = await proxy(new NextRequest("https://claims.example.org/sign-in"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const csp = response.headers.get("content-security-policy");
    expect(csp).toContain("upgrade-insecure-requests");
    // Next passes rewritten request headers on as x-middleware-request-*.
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(csp));
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("behind a TLS-terminating proxy, NEXTAUTH_URL=https turns HSTS on", async () => {
    process.env.NEXTAUTH_URL = "https://claims.example.org";
    const response = await proxy(new NextRequest("http://10.0.0.5:3000/sign-in"));
    expect(response.headers.get("strict-transport-security")).not.toBeNull();
  });

  it("over plain http: a CSP but no HSTS, and a fresh nonce each time", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const a = await proxy(new NextRequest("http://localhost:3000/sign-in"));
    const b = await proxy(new NextRequest("http://localhost:3000/sign-in"));
    expect(a.headers.get("strict-transport-security")).toBeNull();
    expect(a.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(nonceOf(a.headers.get("content-security-policy"))).not.toBe(nonceOf(b.headers.get("content-security-policy")));
    // Redirects and refusals carry the policy too.
    const redirected = await proxy(new NextRequest("http://localhost:3000/projects"));
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("refuses a cross-origin server action with 403 before Next sees it; leaves next-auth's routes to next-auth", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const action = await proxy(
      new NextRequest("http://localhost:3000/projects", { method: "POST", headers: { "next-action": "abc", origin: "http://localhost:3999", "sec-fetch-site": "same-site" } }),
    );
    expect(action.status).toBe(403);
    expect(await action.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.stringContaining("Cross-site") } });
    const signIn = await proxy(
      new NextRequest("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: { origin: "http://localhost:3999", "sec-fetch-site": "same-site" } }),
    );
    expect(signIn.status).not.toBe(403);
  });
});
