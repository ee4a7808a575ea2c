import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInvite } from "@/lib/server/invite/create-invite";
import { acceptInvite } from "@/lib/server/invite/accept-invite";
import { findOpenInvite } from "@/lib/server/invite/find-open-invite";
import { revokeInvite } from "@/lib/server/invite/revoke-invite";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestUser } from "@/tests/support/create-test-user";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("invites (real Postgres)", () => {
  it("stores only the token's hash and works exactly once", async () => {
    const { project, owner } = await createTestProject();
    const invite = await withProjectAccess(owner.id, project.slug, (access) => createInvite(access, { role: "REVIEWER" }));
    const stored = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(invite.token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const email = `invited.${Date.now()}@test.example`;
    const accepted = await acceptInvite(invite.token, { newAccount: { name: "Invited", email, password: "invited-password" } });
    expect(accepted).toEqual({ projectSlug: project.slug, email });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const membership = await db.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId: project.id, userId: user.id } } });
    expect(membership.role).toBe("REVIEWER");

    const someoneElse = await createTestUser("Late");
    await expect(acceptInvite(invite.token, { userId: someoneElse.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { project, owner } = await createTestProject();
    const invite = await withProjectAccess(owner.id, project.slug, (access) => createInvite(access, { role: "ANNOTATOR" }));
    const [a, b] = await Promise.all([createTestUser("A"), createTestUser("B")]);
    const results = await Promise.allSettled([acceptInvite(invite.token, { userId: a.id }), acceptInvite(invite.token, { userId: b.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { projectId: project.id, userId: { in: [a.id, b.id] } } })).toBe(1);
  });

  it("honours an invite bound to an email", async () => {
    const { project, owner } = await createTestProject();
    const invite = await withProjectAccess(owner.id, project.slug, (access) => createInvite(access, { role: "VIEWER", email: "bound@test.example" }));
    const stranger = await createTestUser("Stranger");
    await expect(acceptInvite(invite.token, { userId: stranger.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await findOpenInvite(invite.token)).not.toBeNull();
  });

  it("ignores expired, revoked and malformed tokens", async () => {
    const { project, owner } = await createTestProject();
    const expired = await withProjectAccess(owner.id, project.slug, (access) => createInvite(access, { role: "VIEWER" }));
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await findOpenInvite(expired.token)).toBeNull();
    const revoked = await withProjectAccess(owner.id, project.slug, (access) => createInvite(access, { role: "VIEWER" }));
    await withProjectAccess(owner.id, project.slug, (access) => revokeInvite(access, revoked.id));
    expect(await findOpenInvite(revoked.token)).toBeNull();
    expect(await findOpenInvite("'; DROP TABLE \"User\"; --")).toBeNull();
  });

  it("only owners create invites", async () => {
    const { project, annotator } = await createTestProject();
    await expect(withProjectAccess(annotator.id, project.slug, (access) => createInvite(access, { role: "OWNER" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
