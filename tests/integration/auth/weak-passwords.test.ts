import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFirstOwner } from "@/lib/server/user/create-first-owner";
import { issueSetupCode } from "@/lib/server/setup/issue-setup-code";
import { createInvite } from "@/lib/server/invite/create-invite";
import { acceptInvite } from "@/lib/server/invite/accept-invite";
import { findOpenInvite } from "@/lib/server/invite/find-open-invite";
import { createColleagueInvite } from "@/lib/server/invite/create-colleague-invite";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createTestProject } from "@/tests/support/create-test-project";
import { freshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";

// Issue 10, defect 11: every place a password is chosen refuses guessable
// ones with zxcvbn's advice, and saves nothing. (Password change: see
// tests/integration/auth/sessions.test.ts.)
const WEAK = ["aaaaaaaaaa", "1234567890"];

describe("weak passwords are refused wherever a password is set (real Postgres)", () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(async () => {
    await fresh.close();
  });

  it.each(WEAK)("first-run setup refuses %j", async (password) => {
    const error = await createFirstOwner(fresh.client, { name: "Admin", email: "admin@test.example", password, projectName: "P", setupCode: "ANY-CODE" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^This password is too easy to guess\. .+/) });
    expect(await fresh.client.user.count()).toBe(0);
  });

  it.each(WEAK)("accepting an invite with a new account refuses %j and leaves the invite open", async (password) => {
    const { project, owner } = await createTestProject();
    const invite = await createInvite(owner.id, project.slug, { role: "ANNOTATOR" });
    const email = `weak.${Date.now()}@test.example`;
    await expect(acceptInvite(invite.token, { newAccount: { name: "Weak", email, password } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/too easy to guess/) });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await findOpenInvite(invite.token)).not.toBeNull();
  });

  it.each(WEAK)("an owner-created account refuses %j", async (password) => {
    const { project, owner } = await createTestProject();
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    const email = `weak.${Date.now()}@test.example`;
    await expect(createColleagueInvite(access, { name: "Weak", email, password, role: "VIEWER" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/too easy to guess/) });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a strong password still works at setup", async () => {
    const { code } = await issueSetupCode(fresh.client);
    const { user } = await createFirstOwner(fresh.client, { name: "Admin", email: "admin@test.example", password: "violet lantern harbour", projectName: "Fact checks", setupCode: code });
    expect(user.isAdmin).toBe(true);
  });
});
