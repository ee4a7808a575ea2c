import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { revokeSession } from "@/lib/auth/revoke-session";
import { changeMemberRole } from "@/lib/server/membership/change-member-role";
import { endAllSessions } from "@/lib/server/user/end-all-sessions";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { sessionCookieJar } from "@/tests/support/session-cookie";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { tokenFor } from "../realtime/support/token-for";

// The session cookie a browser would send (a real encrypted token), read
// through a stand-in for next/headers; everything after it runs for real.
const jar = sessionCookieJar();
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  cookies: async () => jar,
}));
const { authenticateProjectRequest } = await import("@/lib/auth/authenticate-project-request");
const annotationsRoute = await import("@/app/api/projects/[slug]/articles/[articleId]/annotations/route");

async function signedIn(userId: string): Promise<JWT> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = { uid: userId, sv: sessionVersion, sid: randomUUID() };
  await jar.signIn(token);
  return token;
}

// Statements sent to Postgres while `run` runs (Prisma's adapter sends every
// one through pg.Client.prototype.query).
async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
  const query = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return count;
}

const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/projects/x", { headers });

describe("session and project access in one statement (real Postgres)", () => {
  beforeEach(() => jar.signOut());
  afterEach(() => jar.signOut());

  it("checks the session and reads the membership in one statement", async () => {
    const f = await createAnnotationFixture();
    await signedIn(f.annotator.id);
    let result: Awaited<ReturnType<typeof authenticateProjectRequest>> | undefined;
    const statements = await statementsDuring(async () => {
      result = await authenticateProjectRequest(request(), f.slug, "annotations.create");
    });
    expect(statements).toBe(1);
    expect(result!.access).toMatchObject({ role: "ANNOTATOR", userId: f.annotator.id, project: { id: f.project.id, slug: f.slug } });
    expect(result!.principal).toMatchObject({ user: { id: f.annotator.id, email: f.annotator.email }, tokenProjectId: null, credential: { kind: "session" } });
  });

  it("answers 401 without a session, 404 to outsiders and for unknown or deleted projects, 403 for a role that may not", async () => {
    const f = await createAnnotationFixture();
    await expect(authenticateProjectRequest(request(), f.slug)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await signedIn(f.outsider.id);
    await expect(authenticateProjectRequest(request(), f.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await signedIn(f.viewer.id);
    await expect(authenticateProjectRequest(request(), f.slug, "annotations.create")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(authenticateProjectRequest(request(), "no-such-project")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(authenticateProjectRequest(request(), "bad\0slug")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.project.update({ where: { id: f.project.id }, data: { deletedAt: new Date() } });
    await expect(authenticateProjectRequest(request(), f.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a signed-out session, 'sign out everywhere' and a disabled account are refused on the next request", async () => {
    const f = await createAnnotationFixture();
    const token = await signedIn(f.annotator.id);
    await expect(authenticateProjectRequest(request(), f.slug)).resolves.toBeTruthy();
    await revokeSession(token, 3600);
    await expect(authenticateProjectRequest(request(), f.slug)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    await signedIn(f.reviewer.id);
    await expect(authenticateProjectRequest(request(), f.slug)).resolves.toBeTruthy();
    await endAllSessions(f.reviewer.id);
    await expect(authenticateProjectRequest(request(), f.slug)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    await signedIn(f.viewer.id);
    await db.user.update({ where: { id: f.viewer.id }, data: { disabledAt: new Date() } });
    await expect(authenticateProjectRequest(request(), f.slug)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("a role change or removal applies to the very next request through the route", async () => {
    const f = await createAnnotationFixture();
    await signedIn(f.annotator.id);
    const create = () =>
      annotationsRoute.POST(
        new Request(`http://localhost/api/projects/${f.slug}/articles/${f.article.id}/annotations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ kind: "CLAIM", revision: f.article.revision, ...spanOf(f.article.text, "police said") }),
        }),
        { params: Promise.resolve({ slug: f.slug, articleId: f.article.id }) },
      );
    expect((await create()).status).toBe(201);
    await withProjectAccess(f.owner.id, f.slug, (access) => changeMemberRole(access, { userId: f.annotator.id, role: "VIEWER" }));
    expect((await create()).status).toBe(403);
    await withProjectAccess(f.owner.id, f.slug, (access) => changeMemberRole(access, { userId: f.annotator.id, role: null }));
    expect((await create()).status).toBe(404);
  });

  it("an API token takes its own path and stays bound to its project", async () => {
    const f = await createAnnotationFixture();
    const other = await createAnnotationFixture();
    const secret = await tokenFor(f.annotator.id);
    await db.apiToken.updateMany({ where: { userId: f.annotator.id }, data: { projectId: f.project.id } });
    const { access, principal } = await authenticateProjectRequest(request({ authorization: `Bearer ${secret}` }), f.slug);
    expect(access.role).toBe("ANNOTATOR");
    expect(principal.credential.kind).toBe("token");
    // A member of the other project too: the token's binding alone keeps it out.
    await db.membership.create({ data: { projectId: other.project.id, userId: f.annotator.id, role: "ANNOTATOR" } });
    await expect(authenticateProjectRequest(request({ authorization: `Bearer ${secret}` }), other.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(authenticateProjectRequest(request({ authorization: "Bearer not-a-token" }), f.slug)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
