import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstOwner } from "@/lib/server/user/create-first-owner";
import { freshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";

describe("first-run setup (fresh real Postgres)", () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(async () => {
    await fresh.close();
  });

  it("rejects bad input and creates nothing", async () => {
    await expect(createFirstOwner(fresh.client, { name: "", email: "x", password: "1", projectName: "P" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await fresh.client.user.count()).toBe(0);
  });

  it("creates exactly one administrator even when two first runs race", async () => {
    const input = (n: number) => ({ name: `Admin ${n}`, email: `admin${n}@test.example`, password: "admin-password-1", projectName: "Fact checks" });
    const results = await Promise.allSettled([createFirstOwner(fresh.client, input(1)), createFirstOwner(fresh.client, input(2))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    const users = await fresh.client.user.findMany({ include: { memberships: true } });
    expect(users).toHaveLength(1);
    expect(users[0]?.isAdmin).toBe(true);
    expect(users[0]?.memberships.map((m) => m.role)).toEqual(["OWNER"]);
    const project = await fresh.client.project.findFirstOrThrow();
    expect(project.slug).toBe("fact-checks");
  });
});
