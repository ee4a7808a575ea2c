import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createColleagueInvite } from "@/lib/server/invite/create-colleague-invite";
import { listPendingInvitations } from "@/lib/server/invite/list-pending-invitations";
import { acceptPendingInvite } from "@/lib/server/invite/accept-pending-invite";
import { declinePendingInvite } from "@/lib/server/invite/decline-pending-invite";
import { listOpenInvites } from "@/lib/server/invite/list-open-invites";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createProject } from "@/lib/server/project/create-project";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestUser, TEST_PASSWORD } from "@/tests/support/create-test-user";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { transaction } from "@/lib/db/transaction";

const PASSWORD = "first-password-1";

// Any signed-in person can create a project and become its owner: the attack
// in issue 10, defect 8 starts there.
async function strangersProject() {
  const stranger = await createTestUser("Stranger");
  const slug = `s-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  await transaction((tx) => createProject(tx, stranger.id, { name: `Stranger's ${slug}`, slug }));
  return requireProjectAccess(stranger.id, slug, "members.manage");
}

describe("adding a colleague by email (real Postgres)", () => {
  it("does not make an existing account a member without its consent", async () => {
    const access = await strangersProject();
    const victim = await createTestUser("Victim");
    await createColleagueInvite(access, { name: "Whoever", email: victim.email, password: PASSWORD, role: "VIEWER" });
    expect(await db.membership.count({ where: { projectId: access.project.id, userId: victim.id } })).toBe(0);
    await expect(requireProjectAccess(victim.id, access.project.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor does it touch the existing account's name or password.
    const after = await db.user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(after.name).toBe("Victim");
    expect((await authenticateCredentials({ email: victim.email, password: TEST_PASSWORD }, null)).ok).toBe(true);
    expect((await authenticateCredentials({ email: victim.email, password: PASSWORD }, null)).ok).toBe(false);
  });

  it("answers identically for an existing and an unknown address", async () => {
    const access = await strangersProject();
    const existing = await createTestUser("Known");
    const unknown = `unknown.${Date.now()}@test.example`;
    const a = await createColleagueInvite(access, { name: "A", email: existing.email, password: PASSWORD, role: "ANNOTATOR" });
    const b = await createColleagueInvite(access, { name: "B", email: unknown, password: PASSWORD, role: "ANNOTATOR" });
    const shape = (r: typeof a) => ({ keys: Object.keys(r).sort(), role: r.role, days: Math.round((r.expiresAt.getTime() - Date.now()) / 86_400_000) });
    expect(shape(a)).toEqual(shape(b));
    expect(a.email).toBe(existing.email);
    expect(b.email).toBe(unknown);
    expect(JSON.stringify(a)).not.toMatch(/exist/i);
    // Both are listed alike among the project's open invites.
    const open = await listOpenInvites(access);
    expect(open.map((i) => i.email).sort()).toEqual([existing.email, unknown].sort());
  });

  it("refuses a weak password the same way whether or not the address exists", async () => {
    const access = await strangersProject();
    const existing = await createTestUser("Known");
    const weak = { password: "aaaaaaaaaa", role: "VIEWER", name: "W" };
    const e1 = await createColleagueInvite(access, { ...weak, email: existing.email }).catch((e: unknown) => e);
    const e2 = await createColleagueInvite(access, { ...weak, email: `nobody.${Date.now()}@test.example` }).catch((e: unknown) => e);
    expect(e1).toMatchObject({ code: "BAD_REQUEST" });
    expect((e1 as Error).message).toBe((e2 as Error).message);
    expect(await db.invite.count({ where: { projectId: access.project.id } })).toBe(0);
  });

  it("shows the invitation in the invitee's inbox; accepting creates the membership once", async () => {
    const { project, owner } = await createTestProject();
    const colleague = await createTestUser("Colleague");
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    await createColleagueInvite(access, { name: "C", email: colleague.email, password: PASSWORD, role: "REVIEWER" });

    const pending = await listPendingInvitations(colleague);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ role: "REVIEWER", project: { name: project.name }, invitedBy: "Owner" });
    // Someone else cannot accept it, even knowing its id.
    const other = await createTestUser("Other");
    await expect(acceptPendingInvite(other, pending[0]!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listPendingInvitations(other)).toEqual([]);

    const results = await Promise.allSettled([acceptPendingInvite(colleague, pending[0]!.id), acceptPendingInvite(colleague, pending[0]!.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "fulfilled")).toMatchObject({ value: { projectSlug: project.slug } });
    const membership = await db.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId: project.id, userId: colleague.id } } });
    expect(membership.role).toBe("REVIEWER");
    expect(await listPendingInvitations(colleague)).toEqual([]);
    expect(await db.auditLog.count({ where: { projectId: project.id, action: "invite.accept", actorId: colleague.id } })).toBe(1);
  });

  it("declining closes the invitation and makes no membership", async () => {
    const { project, owner } = await createTestProject();
    const colleague = await createTestUser("Decliner");
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    await createColleagueInvite(access, { name: "D", email: colleague.email, password: PASSWORD, role: "ANNOTATOR" });
    const [invitation] = await listPendingInvitations(colleague);
    await declinePendingInvite(colleague, invitation!.id);
    expect(await db.membership.count({ where: { projectId: project.id, userId: colleague.id } })).toBe(0);
    expect(await listPendingInvitations(colleague)).toEqual([]);
    expect(await withProjectAccess(owner.id, project.slug, (access) => listOpenInvites(access))).toEqual([]);
    await expect(acceptPendingInvite(colleague, invitation!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(declinePendingInvite(colleague, invitation!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a new invitation to the same address replaces the open one", async () => {
    const { project, owner } = await createTestProject();
    const colleague = await createTestUser("Twice");
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    await createColleagueInvite(access, { name: "T", email: colleague.email, password: PASSWORD, role: "VIEWER" });
    await createColleagueInvite(access, { name: "T", email: colleague.email, password: PASSWORD, role: "ANNOTATOR" });
    const pending = await listPendingInvitations(colleague);
    expect(pending.map((p) => p.role)).toEqual(["ANNOTATOR"]);
  });

  it("refuses an existing member and bad ids with clear 4xx codes", async () => {
    const { project, owner, annotator } = await createTestProject();
    const access = await requireProjectAccess(owner.id, project.slug, "members.manage");
    await expect(createColleagueInvite(access, { name: "A", email: annotator.email, password: PASSWORD, role: "VIEWER" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(acceptPendingInvite(annotator, "")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(acceptPendingInvite(annotator, { id: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(declinePendingInvite(annotator, "no-such-invite")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
