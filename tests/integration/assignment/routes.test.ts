import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import * as assignmentsRoute from "@/app/api/projects/[slug]/assignments/route";
import * as autoRoute from "@/app/api/projects/[slug]/assignments/auto/route";
import * as settingsRoute from "@/app/api/projects/[slug]/assignments/settings/route";
import * as queueRoute from "@/app/api/projects/[slug]/assignments/mine/route";
import * as progressRoute from "@/app/api/projects/[slug]/assignments/progress/route";
import * as mineRoute from "@/app/api/projects/[slug]/articles/[articleId]/assignments/mine/route";
import { assignArticles } from "@/lib/server/assignment/assign-articles";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Route handlers called as Next calls them, authenticated with API tokens.
async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

function call(token: string, method: string, body?: unknown, raw?: string): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined || raw !== undefined) headers["content-type"] = "application/json";
  return new Request("http://localhost/api", { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("assignment routes (handlers called directly, real Postgres)", () => {
  it("owner assigns over HTTP; others get 403, bad bodies 400, and nothing changes", async () => {
    const f = await createAnnotationFixture();
    const [owner, annotator] = await Promise.all([tokenFor(f.owner.id), tokenFor(f.annotator.id)]);
    const at = params({ slug: f.slug });
    const body = { articleIds: [f.article.id], userIds: [f.annotator.id] };

    expect((await assignmentsRoute.POST(call(annotator, "POST", body), at)).status).toBe(403);
    expect((await assignmentsRoute.GET(call(annotator, "GET"), at)).status).toBe(403);
    expect((await autoRoute.POST(call(annotator, "POST", { articleIds: [f.article.id] }), at)).status).toBe(403);
    expect((await settingsRoute.PATCH(call(annotator, "PATCH", { blindAnnotation: true }), at)).status).toBe(403);
    expect((await assignmentsRoute.POST(call(owner, "POST", undefined, "{not json"), at)).status).toBe(400);
    const bad = await assignmentsRoute.POST(call(owner, "POST", { articleIds: "x" }), at);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "BAD_REQUEST", message: expect.any(String) } });
    expect(await db.assignment.count({ where: { projectId: f.project.id } })).toBe(0);

    const created = await assignmentsRoute.POST(call(owner, "POST", body), at);
    expect(created.status).toBe(200);
    expect(await created.json()).toEqual({ created: [{ articleId: f.article.id, userId: f.annotator.id }] });
    const board = (await (await assignmentsRoute.GET(call(owner, "GET"), at)).json()) as { articles: { id: string; assignees: unknown[] }[] };
    expect(board.articles.find((a) => a.id === f.article.id)?.assignees).toEqual([{ userId: f.annotator.id, name: "Annotator", status: "ASSIGNED" }]);
  });

  it("the assignee starts and submits over HTTP and sees it in their queue; an unknown action is a 400", async () => {
    const f = await createAnnotationFixture();
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id] }));
    const token = await tokenFor(f.annotator.id);
    const at = params({ slug: f.slug, articleId: f.article.id });

    expect((await mineRoute.POST(call(token, "POST", { action: "finish" }), at)).status).toBe(400);
    const started = await mineRoute.POST(call(token, "POST", { action: "start" }), at);
    expect(await started.json()).toMatchObject({ assignment: { status: "IN_PROGRESS", articleStatus: "IN_PROGRESS" } });
    const submitted = await mineRoute.POST(call(token, "POST", { action: "submit" }), at);
    expect(await submitted.json()).toMatchObject({ assignment: { status: "SUBMITTED", articleStatus: "SUBMITTED", canReopen: true } });
    expect((await mineRoute.POST(call(token, "POST", { action: "submit" }), at)).status).toBe(409);

    const queue = (await (await queueRoute.GET(call(token, "GET"), params({ slug: f.slug }))).json()) as { queue: { status: string }[] };
    expect(queue.queue.map((q) => q.status)).toEqual(["SUBMITTED"]);
    const progress = (await (await progressRoute.GET(call(token, "GET"), params({ slug: f.slug }))).json()) as { statusCounts: Record<string, number> };
    expect(progress.statusCounts.SUBMITTED).toBe(1);

    // Someone with no assignment on the article gets a 404 for theirs.
    const reviewer = await tokenFor(f.reviewer.id);
    expect(await (await mineRoute.GET(call(reviewer, "GET"), at)).json()).toEqual({ assignment: null });
    expect((await mineRoute.POST(call(reviewer, "POST", { action: "submit" }), at)).status).toBe(404);
  });

  it("two owners assigning the same person at once make one assignment and one notification", async () => {
    const f = await createAnnotationFixture();
    const input = { articleIds: [f.article.id], userIds: [f.annotator.id] };
    const results = await Promise.all([withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, input)), withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, input))]);
    expect(results.map((r) => r.created.length).sort()).toEqual([0, 1]);
    expect(await db.assignment.count({ where: { articleId: f.article.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: f.annotator.id, kind: "ASSIGNMENT" } })).toBe(1);
  });
});
