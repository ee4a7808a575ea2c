import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { routeRules } from "@/tests/security/route-rules";
import { createTestProject } from "@/tests/support/create-test-project";

// Server actions are public POST endpoints: each is called here as each kind
// of person (the session is the one thing stubbed: requireUser answers with
// the person chosen, or redirects to sign-in like the real one). Those the
// rule in tests/security/route-rules.ts allows must succeed; the others get
// ok:false and nothing changes; anonymous callers are sent to sign-in.
let current: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => current,
  requireUser: async () => {
    if (!current) redirect("/sign-in");
    return current;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost" }) }));

const { createProjectAction } = await import("@/app/(workspace)/projects/actions");
const labels = await import("@/app/(workspace)/projects/[slug]/settings/label-actions");
const members = await import("@/app/(workspace)/projects/[slug]/settings/actions");
const tokens = await import("@/app/(workspace)/projects/[slug]/export/token-actions");

type Fixture = Awaited<ReturnType<typeof actionFixture>>;

async function actionFixture() {
  const f = await createTestProject();
  const elsewhere = await createTestProject();
  const archived = await db.label.findFirstOrThrow({ where: { projectId: f.project.id, kind: "CLAIM_TYPE" } });
  await db.label.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  const live = await db.label.findFirstOrThrow({ where: { projectId: f.project.id, kind: "ENTITY_TYPE", archivedAt: null } });
  const invite = await db.invite.create({
    data: { projectId: f.project.id, role: "VIEWER", tokenHash: randomBytes(32).toString("hex"), createdById: f.owner.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const people: Record<string, { user: { id: string; email: string; name: string }; role: Role | null }> = {
    viewer: { user: f.viewer, role: "VIEWER" },
    annotator: { user: f.annotator, role: "ANNOTATOR" },
    reviewer: { user: f.reviewer, role: "REVIEWER" },
    owner: { user: f.owner, role: "OWNER" },
    "member of another project": { user: elsewhere.owner, role: null },
  };
  return { ...f, archived, live, invite, people };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const ACTIONS = "app/(workspace)/projects";
// A valid call of each action covered here.
const calls: Record<string, (x: Fixture) => Promise<{ ok: boolean }>> = {
  [`action ${ACTIONS}/actions.ts#createProjectAction`]: () => createProjectAction(null, form({ name: "Matrix", slug: `m-${randomBytes(5).toString("hex")}` })),
  [`action ${ACTIONS}/[slug]/settings/label-actions.ts#createLabelAction`]: (x) => labels.createLabelAction(x.project.slug, { kind: "CLAIM_TYPE", name: `Budget ${randomBytes(3).toString("hex")}`, color: "#AA00FF" }),
  [`action ${ACTIONS}/[slug]/settings/label-actions.ts#updateLabelAction`]: (x) => labels.updateLabelAction(x.project.slug, { id: x.live.id, updatedAt: x.live.updatedAt.toISOString(), description: "Changed." }),
  [`action ${ACTIONS}/[slug]/settings/label-actions.ts#archiveLabelAction`]: (x) => labels.archiveLabelAction(x.project.slug, x.live.id),
  [`action ${ACTIONS}/[slug]/settings/label-actions.ts#restoreLabelAction`]: (x) => labels.restoreLabelAction(x.project.slug, x.archived.id),
  [`action ${ACTIONS}/[slug]/settings/actions.ts#createInviteAction`]: (x) => members.createInviteAction(x.project.slug, null, form({ role: "ANNOTATOR", expiresInDays: "7" })),
  [`action ${ACTIONS}/[slug]/settings/actions.ts#revokeInviteAction`]: (x) => members.revokeInviteAction(x.project.slug, x.invite.id),
  [`action ${ACTIONS}/[slug]/settings/actions.ts#changeRoleAction`]: (x) => members.changeRoleAction(x.project.slug, x.viewer.id, "ANNOTATOR"),
  [`action ${ACTIONS}/[slug]/settings/actions.ts#setLicenseAction`]: (x) => members.setLicenseAction(x.project.slug, null, form({ license: "CC-BY-4.0" })),
  [`action ${ACTIONS}/[slug]/settings/actions.ts#addMemberAction`]: (x) =>
    members.addMemberAction(x.project.slug, null, form({ name: "New Person", email: `new.${randomBytes(4).toString("hex")}@test.example`, password: "a long enough password", role: "VIEWER" })),
  [`action ${ACTIONS}/[slug]/export/token-actions.ts#createApiTokenAction`]: (x) => tokens.createApiTokenAction(x.project.slug, null, form({ name: "script", scope: "project", expiresIn: "7" })),
};

async function snapshot(x: Fixture) {
  const where = { projectId: x.project.id };
  return Promise.all([
    db.auditLog.count({ where }),
    db.label.findMany({ where, select: { id: true, updatedAt: true, archivedAt: true } }),
    db.invite.findMany({ where, select: { id: true, revokedAt: true } }),
    db.membership.findMany({ where, select: { userId: true, role: true } }),
    db.apiToken.count(),
    db.project.count(),
  ]);
}

beforeEach(() => {
  current = null;
});

describe("server action matrix (real Postgres, session stubbed)", () => {
  for (const [key, call] of Object.entries(calls)) {
    it(key, async () => {
      const rule = routeRules[key]!;
      expect(rule.kind === "session" || rule.kind === "signed-in").toBe(true);
      const x = await actionFixture();
      const before = await snapshot(x);
      current = null;
      await expect(call(x)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/sign-in/) });
      const allowedPeople: string[] = [];
      for (const [person, who] of Object.entries(x.people)) {
        const allowed = rule.kind === "signed-in" || (rule.kind === "session" && who.role !== null && can(who.role, rule.action));
        if (allowed) {
          allowedPeople.push(person);
          continue;
        }
        current = { ...who.user, isAdmin: false };
        expect({ person, result: await call(x) }).toEqual({ person, result: { ok: false, error: expect.any(String) } });
      }
      expect(await snapshot(x)).toEqual(before);
      for (const person of allowedPeople) {
        const y = await actionFixture();
        current = { ...y.people[person]!.user, isAdmin: false };
        expect({ person, result: await call(y) }).toEqual({ person, result: expect.objectContaining({ ok: true }) });
      }
    });
  }
});
