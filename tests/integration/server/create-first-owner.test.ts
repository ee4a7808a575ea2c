import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFirstOwner } from "@/lib/server/user/create-first-owner";
import { issueSetupCode, SETUP_CODE_TTL_MS } from "@/lib/server/setup/issue-setup-code";
import { announceSetupCode } from "@/lib/server/setup/announce-setup-code";
import { freshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";

// Issue 14: a real installation's first-run page needs the one-time code the
// server printed in its log; reaching the page first is not enough.
describe("first-run setup (fresh real Postgres)", () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(async () => {
    await fresh.close();
  });

  const owner = (n: number, setupCode: string) => ({ name: `Admin ${n}`, email: `admin${n}@test.example`, password: "admin-password-1", projectName: "Fact checks", setupCode });

  it("rejects bad input and creates nothing", async () => {
    await expect(createFirstOwner(fresh.client, { name: "", email: "x", password: "1", projectName: "P" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(createFirstOwner(fresh.client, { ...owner(1, ""), setupCode: "" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: /setup code/ });
    expect(await fresh.client.user.count()).toBe(0);
  });

  it("refuses a wrong code and an expired one, and creates nothing", async () => {
    await issueSetupCode(fresh.client);
    await expect(createFirstOwner(fresh.client, owner(1, "AAAA-AAAA-AAAA"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const old = await issueSetupCode(fresh.client, new Date(Date.now() - SETUP_CODE_TTL_MS - 1000));
    await expect(createFirstOwner(fresh.client, owner(1, old.code))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fresh.client.user.count()).toBe(0);
  });

  it("prints a code to the log only while there are no accounts, and /setup's request adds one only when none is valid", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await announceSetupCode(fresh.client, "http://localhost:3000/setup", { onlyIfNone: true })).toBe(false);
      expect(await announceSetupCode(fresh.client, "http://localhost:3000/setup")).toBe(true);
      const printed = String(log.mock.calls.at(-1)?.[0]);
      expect(printed).toContain("http://localhost:3000/setup");
      expect(printed).toMatch(/setup code: [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    } finally {
      log.mockRestore();
    }
  });

  it("creates exactly one administrator even when two first runs race, and the code works once", async () => {
    const { code } = await issueSetupCode(fresh.client);
    // As typed: lower case, spaces instead of dashes.
    const typed = code.toLowerCase().replaceAll("-", " ");
    const results = await Promise.allSettled([createFirstOwner(fresh.client, owner(1, typed)), createFirstOwner(fresh.client, owner(2, code))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    const users = await fresh.client.user.findMany({ include: { memberships: true } });
    expect(users).toHaveLength(1);
    expect(users[0]?.isAdmin).toBe(true);
    expect(users[0]?.memberships.map((m) => m.role)).toEqual(["OWNER"]);
    const project = await fresh.client.project.findFirstOrThrow();
    expect(project.slug).toBe("fact-checks");
    expect(await fresh.client.setupCode.count({ where: { usedAt: { not: null } } })).toBe(1);
  });

  it("prints nothing once an account exists", async () => {
    expect(await announceSetupCode(fresh.client, "http://localhost:3000/setup")).toBe(false);
  });
});
