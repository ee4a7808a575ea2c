import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { closePubSub, getPubSub } from "@/lib/realtime/get-pub-sub";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { changeMemberRole } from "@/lib/server/membership/change-member-role";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";
import { endAllSessions } from "@/lib/server/user/end-all-sessions";
import { changePassword } from "@/lib/server/user/change-password";
import { revokeSession } from "@/lib/auth/revoke-session";
import { isPrincipalCurrent } from "@/lib/auth/is-principal-current";
import { TEST_PASSWORD } from "@/tests/support/create-test-user";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { tokenFor } from "./support/token-for";
import { sessionCookieJar } from "@/tests/support/session-cookie";

// Requests without a Bearer token are session requests: the session cookie
// (a real encrypted token, held by a jar that stands in for next/headers) is
// decoded, and everything after it (the session check, the routes, the
// streams) runs for real.
const jar = sessionCookieJar();
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  cookies: async () => jar,
}));
const eventsRoute = await import("@/app/api/projects/[slug]/articles/[articleId]/events/route");
const clusterEventsRoute = await import("@/app/api/projects/[slug]/clusters/events/route");

afterAll(async () => closePubSub());
beforeEach(() => {
  jar.signOut();
});

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/** A stream read in the background: its text so far, and a promise that settles when the server ends it. */
type Watched = { text: () => string; ended: Promise<"ended">; abort: () => void; status: number };

async function watch(response: Response, controller: AbortController): Promise<Watched> {
  let text = "";
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return "ended" as const;
      text += decoder.decode(value, { stream: true });
    }
  })();
  const watched = { text: () => text, ended, abort: () => controller.abort(), status: response.status };
  // Open means the stream has started and the bus is listening (the bus is
  // one per process, shared with the stream), so no access message is missed.
  await until(() => text.includes("event: hello"));
  await getPubSub().ready();
  return watched;
}

/** Polls a condition on data already received (no wall-clock limit: vitest's own timeout ends a stuck test). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

async function openArticleStream(slug: string, articleId: string, token: string | null): Promise<Watched> {
  const controller = new AbortController();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const request = new Request(`http://localhost/api/projects/${slug}/articles/${articleId}/events`, { headers, signal: controller.signal });
  const response = await eventsRoute.GET(request, params({ slug, articleId }));
  expect(response.status).toBe(200);
  return watch(response, controller);
}

async function openClusterStream(slug: string, token: string): Promise<Watched> {
  const controller = new AbortController();
  const request = new Request(`http://localhost/api/projects/${slug}/clusters/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const response = await clusterEventsRoute.GET(request, params({ slug }));
  expect(response.status).toBe(200);
  return watch(response, controller);
}

// The stream that must stay open receives the next event: proof it was not cut.
async function claimArrives(f: Awaited<ReturnType<typeof createAnnotationFixture>>, stream: Watched, word: string): Promise<void> {
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) =>
    createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, word) }),
  );
  await until(() => stream.text().includes(claim.id));
}

// The claims next-auth's jwt callback puts in a session token at sign-in.
async function sessionOf(userId: string): Promise<JWT> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { uid: userId, sv: sessionVersion, sid: randomUUID() };
}

describe("open event streams end when access ends (route handlers, real Postgres)", () => {
  it("a member removed from the project: their article stream ends, a colleague's goes on", async () => {
    const f = await createAnnotationFixture();
    const removed = await openArticleStream(f.slug, f.article.id, await tokenFor(f.viewer.id));
    const stays = await openArticleStream(f.slug, f.article.id, await tokenFor(f.reviewer.id));

    await withProjectAccess(f.owner.id, f.slug, (access) => changeMemberRole(access, { userId: f.viewer.id, role: null }));
    await expect(removed.ended).resolves.toBe("ended");

    await claimArrives(f, stays, "police");
    expect(removed.text()).not.toContain('"annotation.created"');
    stays.abort();
  });

  it("a member whose role changes: the stream ends (it was opened with the old role's view)", async () => {
    const f = await createAnnotationFixture();
    const stream = await openArticleStream(f.slug, f.article.id, await tokenFor(f.viewer.id));
    await withProjectAccess(f.owner.id, f.slug, (access) => changeMemberRole(access, { userId: f.viewer.id, role: "ANNOTATOR" }));
    await expect(stream.ended).resolves.toBe("ended");
  });

  it("a revoked API token: the stream it opened ends; the user's other token keeps its stream", async () => {
    const f = await createAnnotationFixture();
    const revokedSecret = await tokenFor(f.viewer.id);
    const revoked = await openArticleStream(f.slug, f.article.id, revokedSecret);
    const other = await openArticleStream(f.slug, f.article.id, await tokenFor(f.viewer.id));
    const { id } = await db.apiToken.findFirstOrThrow({ where: { userId: f.viewer.id }, orderBy: { createdAt: "asc" } });
    await revokeApiToken(f.viewer.id, id);
    await expect(revoked.ended).resolves.toBe("ended");
    await claimArrives(f, other, "police");
    other.abort();
  });

  it("a session stream ends on sign-out, on 'sign out everywhere' and on a password change", async () => {
    const f = await createAnnotationFixture();

    const signOut = await sessionOf(f.viewer.id);
    const otherDevice = await sessionOf(f.viewer.id);
    await jar.signIn(signOut);
    const signedOut = await openArticleStream(f.slug, f.article.id, null);
    await jar.signIn(otherDevice);
    const stillIn = await openArticleStream(f.slug, f.article.id, null);
    const sid = signOut.sid!;
    await revokeSession({ uid: f.viewer.id, sid }, 3600);
    await expect(signedOut.ended).resolves.toBe("ended");
    // Signing out one session leaves the other device's stream open.
    await claimArrives(f, stillIn, "police");

    await endAllSessions(f.viewer.id);
    await expect(stillIn.ended).resolves.toBe("ended");

    await jar.signIn(await sessionOf(f.annotator.id));
    const beforeChange = await openArticleStream(f.slug, f.article.id, null);
    await changePassword(f.annotator.id, { currentPassword: TEST_PASSWORD, newPassword: "violet lantern harbour" });
    await expect(beforeChange.ended).resolves.toBe("ended");
  });

  it("the project's cluster stream ends for a removed member too", async () => {
    const f = await createAnnotationFixture();
    const stream = await openClusterStream(f.slug, await tokenFor(f.viewer.id));
    await withProjectAccess(f.owner.id, f.slug, (access) => changeMemberRole(access, { userId: f.viewer.id, role: null }));
    await expect(stream.ended).resolves.toBe("ended");
  });

  it("the periodic check refuses an expired token or a disabled user (no event announces those)", async () => {
    const f = await createAnnotationFixture();
    const secret = await tokenFor(f.viewer.id);
    const token = await db.apiToken.findFirstOrThrow({ where: { userId: f.viewer.id } });
    const principal = { user: { id: f.viewer.id, email: "", name: "", isAdmin: false }, tokenProjectId: null, credential: { kind: "token" as const, tokenId: token.id } };
    expect(secret).toMatch(/^cd_/);
    expect(await isPrincipalCurrent(principal)).toBe(true);
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    expect(await isPrincipalCurrent(principal, new Date("2029-12-31T23:59:59Z"))).toBe(true);
    expect(await isPrincipalCurrent(principal, new Date("2030-01-01T00:00:00Z"))).toBe(false);
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: null } });
    await db.user.update({ where: { id: f.viewer.id }, data: { disabledAt: new Date() } });
    expect(await isPrincipalCurrent(principal)).toBe(false);
  });
});
