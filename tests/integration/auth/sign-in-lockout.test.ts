import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";
import { createTestUser, TEST_PASSWORD } from "@/tests/support/create-test-user";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

// The credentials provider exactly as next-auth calls it for POST
// /api/auth/callback/credentials: the request's headers come from the client.
function credentialsAuthorize(): Authorize {
  const provider = authOptions().providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

describe("sign-in lockout through the credentials provider (real Postgres)", () => {
  it("holds after 5 failures whatever X-Forwarded-For the client sends", async () => {
    const authorize = credentialsAuthorize();
    const user = await createTestUser("Locked");
    for (let i = 0; i < 5; i++) {
      const headers = { "x-forwarded-for": `203.0.113.${i + 1}` };
      expect(await authorize({ email: user.email, password: `wrong-${i}` }, { headers })).toBeNull();
    }
    // The right password, from a "new" address of the client's choosing.
    await expect(authorize({ email: user.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "198.51.100.99" } })).rejects.toThrow("RateLimited");
    await expect(authorize({ email: user.email, password: TEST_PASSWORD }, { headers: { "x-real-ip": "198.51.100.98" } })).rejects.toThrow("RateLimited");
    await expect(authorize({ email: user.email, password: TEST_PASSWORD }, { headers: {} })).rejects.toThrow("RateLimited");
  });

  it("still signs in a person who has not failed", async () => {
    const authorize = credentialsAuthorize();
    const user = await createTestUser("Fine");
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "203.0.113.200" } })).toMatchObject({ id: user.id });
  });
});
