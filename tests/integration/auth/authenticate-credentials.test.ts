import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { createTestUser, TEST_PASSWORD } from "@/tests/support/create-test-user";

describe("authenticateCredentials (real Postgres)", () => {
  it("signs in with the right password, case-insensitively on email", async () => {
    const user = await createTestUser("Alice");
    const result = await authenticateCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, "198.51.100.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: "Alice" } });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await createTestUser("Bob");
    expect(await authenticateCredentials({ email: user.email, password: "wrong password" }, "198.51.100.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateCredentials({ email: "nobody@test.example", password: "whatever1" }, "198.51.100.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses disabled accounts even with the right password", async () => {
    const user = await createTestUser("Disabled", { disabled: true });
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, "198.51.100.3")).toEqual({ ok: false, reason: "invalid" });
  });

  it("reports malformed input without touching counters", async () => {
    expect(await authenticateCredentials({ email: "not-an-email", password: "" }, "198.51.100.4")).toEqual({ ok: false, reason: "malformed" });
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "198.51.100.4" } } })).toBe(0);
  });

  it("blocks an account after 5 failures, even with the right password and from any address", async () => {
    const user = await createTestUser("Carol");
    for (let i = 0; i < 5; i++) {
      expect((await authenticateCredentials({ email: user.email, password: `bad-${i}` }, `198.51.100.${10 + i}`)).ok).toBe(false);
    }
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, "198.51.100.5")).toEqual({ ok: false, reason: "rate_limited" });
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, "198.51.100.6")).toEqual({ ok: false, reason: "rate_limited" });
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, null)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("a success clears the account's count, so earlier typos do not add up", async () => {
    const user = await createTestUser("Carla");
    for (let i = 0; i < 4; i++) await authenticateCredentials({ email: user.email, password: `bad-${i}` }, null);
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, null)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await authenticateCredentials({ email: user.email, password: `bad-${i}` }, null);
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, null)).ok).toBe(true);
  });

  it("lets the window expire", async () => {
    const user = await createTestUser("Dan");
    const address = "198.51.100.7";
    for (let i = 0; i < 5; i++) await authenticateCredentials({ email: user.email, password: `bad-${i}` }, address);
    await db.rateLimitBucket.updateMany({ where: { key: { contains: user.email } }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, address)).ok).toBe(true);
  });

  it("counts concurrent failures exactly (atomic increments)", async () => {
    const user = await createTestUser("Eve");
    const address = "198.51.100.8";
    await Promise.all(Array.from({ length: 8 }, (_, i) => authenticateCredentials({ email: user.email, password: `bad-${i}` }, address)));
    const [account, perAddress] = await Promise.all([
      db.rateLimitBucket.findUnique({ where: { key: `signin:${user.email}` } }),
      db.rateLimitBucket.findUnique({ where: { key: `signin-ip:${address}` } }),
    ]);
    expect(account?.count).toBe(8);
    expect(perAddress?.count).toBe(8);
  });
});

describe("per-address limit", () => {
  it("blocks an address that sprays guesses over many accounts", async () => {
    const address = "203.0.113.50";
    for (let i = 0; i < 20; i++) {
      await authenticateCredentials({ email: `spray${i}@test.example`, password: "guess-guess" }, address);
    }
    const victim = await createTestUser("Victim");
    expect(await authenticateCredentials({ email: victim.email, password: TEST_PASSWORD }, address)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("does not let failures from unknown addresses lock out other accounts", async () => {
    for (let i = 0; i < 25; i++) {
      await authenticateCredentials({ email: `local${i}@test.example`, password: "guess-guess" }, null);
    }
    const user = await createTestUser("Local");
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, null)).ok).toBe(true);
  });
});
