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

  it("blocks an account from an address after 5 failures, even with the right password", async () => {
    const user = await createTestUser("Carol");
    const address = "198.51.100.5";
    for (let i = 0; i < 5; i++) {
      expect((await authenticateCredentials({ email: user.email, password: `bad-${i}` }, address)).ok).toBe(false);
    }
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, address)).toEqual({ ok: false, reason: "rate_limited" });
    // Another address is not blocked for the same account.
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, "198.51.100.6")).ok).toBe(true);
  });

  it("lets the window expire", async () => {
    const user = await createTestUser("Dan");
    const address = "198.51.100.7";
    for (let i = 0; i < 5; i++) await authenticateCredentials({ email: user.email, password: `bad-${i}` }, address);
    await db.rateLimitBucket.updateMany({ where: { key: { contains: address } }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, address)).ok).toBe(true);
  });

  it("counts concurrent failures exactly (atomic increments)", async () => {
    const user = await createTestUser("Eve");
    const address = "198.51.100.8";
    await Promise.all(Array.from({ length: 8 }, (_, i) => authenticateCredentials({ email: user.email, password: `bad-${i}` }, address)));
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: `signin:${user.email}:${address}` } });
    expect(bucket?.count).toBe(8);
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

  it("does not let failures from unknown ('local') addresses lock out other accounts", async () => {
    for (let i = 0; i < 25; i++) {
      await authenticateCredentials({ email: `local${i}@test.example`, password: "guess-guess" }, "local");
    }
    const user = await createTestUser("Local");
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, "local")).ok).toBe(true);
  });
});
