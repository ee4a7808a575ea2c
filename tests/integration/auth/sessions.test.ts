import { randomBytes, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/auth-options";
import { findSessionUser } from "@/lib/auth/find-session-user";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { endAllSessions } from "@/lib/server/user/end-all-sessions";
import { changePassword } from "@/lib/server/user/change-password";
import { changeMemberRole } from "@/lib/server/membership/change-member-role";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { createTestUser, TEST_PASSWORD } from "@/tests/support/create-test-user";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { sessionCookieJar } from "@/tests/support/session-cookie";

// The session cookie is read through next/headers, which exists only inside
// a Next request; here a jar holds the cookie the browser would send (a real
// encrypted token), and everything after it (decoding, getCurrentUser,
// routes) runs for real.
const jar = sessionCookieJar();
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  cookies: async () => jar,
}));
const { getCurrentUser } = await import("@/lib/auth/current-user");
const articlesRoute = await import("@/app/api/projects/[slug]/articles/route");

// A session token as next-auth's jwt callback makes it at sign-in.
async function signInToken(user: { id: string; email: string; name: string }): Promise<JWT> {
  const jwt = authOptions().callbacks!.jwt!;
  return jwt({ token: { sub: user.id }, user: { ...user }, account: { type: "credentials", provider: "credentials", providerAccountId: user.id }, trigger: "signIn" } as never);
}

async function signOut(token: JWT): Promise<void> {
  await authOptions().events!.signOut!({ token, session: null as never });
}

describe("sessions end when they should (real Postgres)", () => {
  beforeEach(() => {
    jar.signOut();
  });

  it("a new session carries the user's session version and its own id", async () => {
    const user = await createTestUser("Claims");
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    const a = await signInToken(user);
    const b = await signInToken(user);
    expect(a).toMatchObject({ uid: user.id, sv: 3 });
    expect(a.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.sid).not.toBe(b.sid);
    expect(await findSessionUser(a)).toMatchObject({ id: user.id, email: user.email });
  });

  it("signing out ends that session for good, even if its cookie is replayed, and only that one", async () => {
    const user = await createTestUser("SignOut");
    const laptop = await signInToken(user);
    const phone = await signInToken(user);
    await jar.signIn(laptop);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });

    await signOut(laptop);
    // The same cookie value, presented again (next-auth would still decode it).
    await jar.signIn(laptop);
    expect(await getCurrentUser()).toBeNull();
    expect(await findSessionUser(phone)).toMatchObject({ id: user.id });
    // Signing out twice (two tabs) is harmless.
    await signOut(laptop);
    expect(await db.revokedSession.count({ where: { id: laptop.sid! } })).toBe(1);
  });

  it("sign out everywhere ends every session of the account; signing in again works", async () => {
    const user = await createTestUser("Everywhere");
    const other = await createTestUser("Bystander");
    const sessions = [await signInToken(user), await signInToken(user)];
    const bystander = await signInToken(other);
    await endAllSessions(user.id);
    for (const token of sessions) expect(await findSessionUser(token)).toBeNull();
    expect(await findSessionUser(bystander)).toMatchObject({ id: other.id });
    expect(await findSessionUser(await signInToken(user))).toMatchObject({ id: user.id });
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "user.sessions_end" } })).toBe(1);
  });

  it("a password change ends every session and swaps the password", async () => {
    const user = await createTestUser("Changer");
    const before = await signInToken(user);
    await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "violet lantern harbour" });
    expect(await findSessionUser(before)).toBeNull();
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, null)).ok).toBe(false);
    expect((await authenticateCredentials({ email: user.email, password: "violet lantern harbour" }, null)).ok).toBe(true);
  });

  it("a password change needs the current password and a strong new one, and otherwise changes nothing", async () => {
    const user = await createTestUser("Careful");
    const session = await signInToken(user);
    await expect(changePassword(user.id, { currentPassword: "not it", newPassword: "violet lantern harbour" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Your current password is not right." });
    await expect(changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "aaaaaaaaaa" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^This password is too easy to guess\. .*Repeated characters/) });
    await expect(changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "1234567890" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/too easy to guess/) });
    await expect(changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Use at least 10 characters." });
    await expect(changePassword(user.id, { newPassword: "violet lantern harbour" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await findSessionUser(session)).toMatchObject({ id: user.id });
    expect((await authenticateCredentials({ email: user.email, password: TEST_PASSWORD }, null)).ok).toBe(true);
  });

  it("wrong current passwords count toward the sign-in lockout", async () => {
    const user = await createTestUser("Guesser");
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(user.id, { currentPassword: `guess-${i}`, newPassword: "violet lantern harbour" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "violet lantern harbour" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses tokens from before session versions, and disabled accounts", async () => {
    const user = await createTestUser("Legacy");
    expect(await findSessionUser({ uid: user.id })).toBeNull();
    expect(await findSessionUser({ uid: user.id, sv: 0 })).toBeNull();
    const token = await signInToken(user);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(token)).toBeNull();
  });

  it("removal from a project ends access to it on the next request, by session or API token", async () => {
    const { project, owner, annotator } = await createTestProject();
    const secret = `cd_${randomBytes(16).toString("hex")}`;
    await db.apiToken.create({ data: { userId: annotator.id, projectId: null, name: "t", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
    await jar.signIn(await signInToken(annotator));
    const url = `http://localhost/api/projects/${project.slug}/articles`;
    const ctx = () => ({ params: Promise.resolve({ slug: project.slug }) });
    const bySession = () => articlesRoute.GET(new Request(url), ctx());
    const byToken = () => articlesRoute.GET(new Request(url, { headers: { authorization: `Bearer ${secret}` } }), ctx());
    expect((await bySession()).status).toBe(200);
    expect((await byToken()).status).toBe(200);

    await withProjectAccess(owner.id, project.slug, (access) => changeMemberRole(access, { userId: annotator.id, role: null }));
    expect((await bySession()).status).toBe(404);
    expect((await byToken()).status).toBe(404);
  });

  it("an unknown session id or user is simply not signed in", async () => {
    expect(await findSessionUser({ uid: "nobody", sv: 0, sid: randomUUID() })).toBeNull();
    jar.signOut();
    expect(await getCurrentUser()).toBeNull();
  });
});
