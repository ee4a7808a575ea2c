import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/server/membership/change-member-role";
import { createColleagueInvite } from "@/lib/server/invite/create-colleague-invite";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createTestProject } from "@/tests/support/create-test-project";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("members (real Postgres)", () => {
  it("an owner creates a colleague's account, who can then sign in (and is invited, not yet a member)", async () => {
    const { project, owner } = await createTestProject();
    const email = `new.${Date.now()}@test.example`;
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    const invited = await createColleagueInvite(access, { name: "New Person", email, password: "first-password-1", role: "ANNOTATOR" });
    expect(invited).toMatchObject({ email, role: "ANNOTATOR" });
    const signedIn = await authenticateCredentials({ email, password: "first-password-1" }, null);
    expect(signedIn.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.membership.count({ where: { projectId: project.id, userId: user.id } })).toBe(0);
    const audit = await db.auditLog.findFirst({ where: { projectId: project.id, action: "invite.create" } });
    expect(audit?.actorId).toBe(owner.id);
  });

  it("refuses non-owners and bad input, changing nothing", async () => {
    const { project, reviewer } = await createTestProject();
    const email = `x.${Date.now()}@test.example`;
    const access = await requireProjectAccess(reviewer.id, project.slug);
    await expect(createColleagueInvite(access, { name: "X", email, password: "long-enough-1", role: "VIEWER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.invite.count({ where: { email } })).toBe(0);
  });

  it("rejects a short password with a clear message", async () => {
    const { project, owner } = await createTestProject();
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    await expect(createColleagueInvite(access, { name: "X", email: "short@test.example", password: "short", role: "VIEWER" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Use at least 10 characters." });
  });

  it("never leaves a project without an owner", async () => {
    const { project, owner, reviewer } = await createTestProject();
    await expect(withProjectAccess(owner.id, project.slug, (access) => changeMemberRole(access, { userId: owner.id, role: "VIEWER" }))).rejects.toMatchObject({ code: "CONFLICT" });
    await withProjectAccess(owner.id, project.slug, (access) => changeMemberRole(access, { userId: reviewer.id, role: "OWNER" }));
    await withProjectAccess(owner.id, project.slug, (access) => changeMemberRole(access, { userId: owner.id, role: "VIEWER" }));
    const roles = await db.membership.findMany({ where: { projectId: project.id }, select: { userId: true, role: true } });
    expect(roles.find((r) => r.userId === owner.id)?.role).toBe("VIEWER");
    expect(roles.find((r) => r.userId === reviewer.id)?.role).toBe("OWNER");
  });

  it("removes a member, who then cannot see the project", async () => {
    const { project, owner, annotator } = await createTestProject();
    await withProjectAccess(owner.id, project.slug, (access) => changeMemberRole(access, { userId: annotator.id, role: null }));
    expect(await db.membership.count({ where: { projectId: project.id, userId: annotator.id } })).toBe(0);
    await expect(requireProjectAccess(annotator.id, project.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
