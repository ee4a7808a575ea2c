import { createRequire } from "node:module";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AuthOptions } from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

type Cookie = { name: string; options: Record<string, unknown> };
type CoreHandler = (params: { req: Record<string, unknown>; options: AuthOptions }) => Promise<{ cookies?: Cookie[] }>;
// next-auth's core handler (what its route handler calls) is not in the
// package's exports map; load the file itself.
const { AuthHandler } = createRequire(import.meta.url)(resolve("node_modules/next-auth/core/index.js")) as { AuthHandler: CoreHandler };

// next-auth derives its cookie names and the Secure flag from NEXTAUTH_URL;
// this pins that our options keep that behaviour (no cookie overrides).
const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

async function csrfCookies(origin: string) {
  process.env.NEXTAUTH_URL = origin;
  const host = new URL(origin).host;
  const response = await AuthHandler({ req: { action: "csrf", method: "GET", origin, headers: { host }, cookies: {} }, options: authOptions() });
  return response.cookies ?? [];
}

describe("session cookies follow the transport", () => {
  it("are Secure, HttpOnly, SameSite=Lax and __Host-/__Secure- prefixed when NEXTAUTH_URL is https", async () => {
    const cookies = await csrfCookies("https://claims.example.org");
    const csrf = cookies.find((c) => c.name.endsWith("next-auth.csrf-token"));
    expect(csrf?.name).toBe("__Host-next-auth.csrf-token");
    expect(csrf?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("are plain (a Secure cookie would never come back) over http", async () => {
    const cookies = await csrfCookies("http://localhost:3000");
    const csrf = cookies.find((c) => c.name.endsWith("next-auth.csrf-token"));
    expect(csrf?.name).toBe("next-auth.csrf-token");
    expect(csrf?.options).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
  });
});
