import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import * as articlesRoute from "@/app/api/projects/[slug]/articles/route";
import * as annotationRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/route";
import * as restoreRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/restore/route";
import * as historyRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/history/route";
import * as commentsRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/comments/route";
import * as reviewsRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/reviews/route";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createComment } from "@/lib/server/comment/create-comment";
import { createEntity } from "@/lib/server/entity/create-entity";
import { listEntityRegistry } from "@/lib/server/entity/list-entity-registry";
import { assignArticles } from "@/lib/server/assignment/assign-articles";
import { submitAssignment } from "@/lib/server/assignment/submit-assignment";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Blind annotation (lib/workflow/is-blinded.ts): an annotator who has not
// submitted an article sees neither colleagues' annotations on it, nor their
// number, nor whether a given id exists. Handlers called as Next calls them.
async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

function call(token: string, method: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request("http://localhost/api", { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function blindProject() {
  const f = await createAnnotationFixture();
  const colleague = await createTestUser("Colleague");
  await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
  await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
  await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id, colleague.id] }));
  const hidden = await withProjectAccess(colleague.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
  return { ...f, colleague, hidden, token: await tokenFor(f.annotator.id) };
}

async function claimCount(token: string, slug: string, articleId: string): Promise<number | undefined> {
  const response = await articlesRoute.GET(call(token, "GET"), params({ slug }));
  expect(response.status).toBe(200);
  const { articles } = (await response.json()) as { articles: Array<{ id: string; claimCount: number }> };
  return articles.find((a) => a.id === articleId)?.claimCount;
}

describe("blind annotation hides colleagues' work everywhere (real Postgres)", () => {
  it("the article list counts only the annotator's own claims until they submit", async () => {
    const f = await blindProject();
    expect(await claimCount(f.token, f.slug, f.article.id)).toBe(0);
    await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed") }));
    expect(await claimCount(f.token, f.slug, f.article.id)).toBe(1);
    // The owner and the colleague's own view are unaffected.
    expect(await claimCount(await tokenFor(f.owner.id), f.slug, f.article.id)).toBe(2);
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    expect(await claimCount(f.token, f.slug, f.article.id)).toBe(2);
  });

  it("a hidden annotation answers exactly like a missing one (404) on every route, and nothing changes", async () => {
    const f = await blindProject();
    const missing = randomUUID();
    const routes = (id: string) => {
      const at = params({ slug: f.slug, annotationId: id });
      return [
        () => annotationRoute.PATCH(call(f.token, "PATCH", { version: 1, note: "peek" }), at),
        () => annotationRoute.DELETE(new Request("http://localhost/api?version=1", { method: "DELETE", headers: { authorization: `Bearer ${f.token}` } }), at),
        () => restoreRoute.POST(call(f.token, "POST", { version: 1 }), at),
        () => historyRoute.GET(call(f.token, "GET"), at),
        () => commentsRoute.GET(call(f.token, "GET"), at),
        () => commentsRoute.POST(call(f.token, "POST", { body: "seen it" }), at),
        () => reviewsRoute.GET(call(f.token, "GET"), at),
      ];
    };
    const hiddenAnswers = await Promise.all(routes(f.hidden.id).map(async (send) => {
      const response = await send();
      return { status: response.status, body: (await response.json()) as unknown };
    }));
    const missingAnswers = await Promise.all(routes(missing).map(async (send) => {
      const response = await send();
      return { status: response.status, body: (await response.json()) as unknown };
    }));
    expect(hiddenAnswers.map((a) => a.status)).toEqual(routes(missing).map(() => 404));
    expect(hiddenAnswers).toEqual(missingAnswers);
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: f.hidden.id } });
    expect(stored).toMatchObject({ version: 1, note: "", deletedAt: null });
    expect(await db.comment.count({ where: { annotationId: f.hidden.id } })).toBe(0);

    // Once the annotator has submitted, the annotation is visible: editing a
    // colleague's work is then refused for what it is.
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    const patch = await annotationRoute.PATCH(call(f.token, "PATCH", { version: 1, note: "peek" }), params({ slug: f.slug, annotationId: f.hidden.id }));
    expect(patch.status).toBe(403);
  });

  it("a mention does not notify an annotator of a colleague's annotation hidden from them", async () => {
    const f = await blindProject();
    const body = `@${f.annotator.email} and @${f.colleague.email}, compare with the police statement`;
    await withProjectAccess(f.reviewer.id, f.slug, (access) => createComment(access, f.hidden.id, { body }));
    const notified = await db.notification.findMany({ where: { annotationId: f.hidden.id }, select: { userId: true } });
    expect(notified.map((n) => n.userId)).toEqual([f.colleague.id]);
  });

  it("the entity registry counts a colleague's uses of an entity only once the annotator has submitted", async () => {
    const f = await blindProject();
    const entity = await withProjectAccess(f.colleague.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
    await withProjectAccess(f.colleague.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, entityId: entity.id, ...spanOf(f.article.text, "Hafiz Saeed") }));
    const usesFor = async (userId: string) => (await withProjectAccess(userId, f.slug, (access) => listEntityRegistry(access))).rows.find((r) => r.id === entity.id)?.uses;
    expect(await usesFor(f.annotator.id)).toEqual({ mentions: 0, claims: 0 });
    expect(await usesFor(f.reviewer.id)).toEqual({ mentions: 1, claims: 0 });
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    expect(await usesFor(f.annotator.id)).toEqual({ mentions: 1, claims: 0 });
  });
});
