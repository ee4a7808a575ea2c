import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { AppError } from "@/lib/errors/app-error";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import * as projectsRoute from "@/app/api/projects/route";
import * as articlesRoute from "@/app/api/projects/[slug]/articles/route";
import * as articleRoute from "@/app/api/projects/[slug]/articles/[articleId]/route";
import * as annotationsRoute from "@/app/api/projects/[slug]/articles/[articleId]/annotations/route";
import * as annotationRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/route";
import * as commentsRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/comments/route";
import * as entitiesRoute from "@/app/api/projects/[slug]/entities/route";
import * as exportsRoute from "@/app/api/projects/[slug]/exports/route";
import * as articleImportPreviewRoute from "@/app/api/projects/[slug]/imports/articles/preview/route";
import * as articleImportCommitRoute from "@/app/api/projects/[slug]/imports/articles/commit/route";
import { createAnnotationFixture } from "@/tests/integration/annotations/support/create-annotation-fixture";
import { spanOf } from "@/tests/integration/annotations/support/span-of";

// Issue 10, defect 6: NUL (and other control characters, and lone
// surrogates) answered 500 almost everywhere, since Postgres refuses them.
// Each must now be a clear 400 (or 404 for an address naming nothing) that
// stores nothing.

async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, name: "t", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

function call(token: string, method: string, path: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function snapshot(projectId: string) {
  const [projects, annotations, comments, entities, articles, audits] = await Promise.all([
    db.project.count(),
    db.annotation.count({ where: { projectId } }),
    db.comment.count({ where: { annotation: { projectId } } }),
    db.entity.count({ where: { projectId } }),
    db.article.count({ where: { projectId } }),
    db.auditLog.count({ where: { projectId } }),
  ]);
  return { projects, annotations, comments, entities, articles, audits };
}

async function expectRefused(response: Response, status = 400): Promise<string> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).not.toBe("INTERNAL");
  return body.error.message;
}

describe("control characters and broken Unicode are refused with a 4xx (real Postgres)", () => {
  it("in JSON bodies: notes, evidence, label ids, comments, entity names, project names", async () => {
    const f = await createAnnotationFixture();
    const token = await tokenFor(f.owner.id);
    const base = `/api/projects/${f.slug}`;
    const at = params({ slug: f.slug, articleId: f.article.id });
    const claim = { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") };
    const created = await annotationsRoute.POST(call(token, "POST", `${base}/articles/${f.article.id}/annotations`, claim), at);
    expect(created.status).toBe(201);
    const annotationId = ((await created.json()) as { annotation: { id: string } }).annotation.id;
    const one = params({ slug: f.slug, annotationId });
    const before = await snapshot(f.project.id);

    for (const bad of ["a\u0000b", "\u001B[2J", "x\u007F", "\uD800 lone", "lone \uDC00"]) {
      const message = await expectRefused(await annotationsRoute.POST(call(token, "POST", `${base}/articles/${f.article.id}/annotations`, { ...claim, note: bad }), at));
      expect(message).toMatch(/invisible control character|broken character/);
      await expectRefused(await annotationsRoute.POST(call(token, "POST", `${base}/articles/${f.article.id}/annotations`, { ...claim, claimTypeId: `x${bad}` }), at));
      await expectRefused(await annotationRoute.PATCH(call(token, "PATCH", `${base}/annotations/${annotationId}`, { version: 1, note: bad }), one));
      const evidence = [{ url: "https://example.org/", title: bad, stance: "SUPPORTS" }];
      await expectRefused(await annotationRoute.PATCH(call(token, "PATCH", `${base}/annotations/${annotationId}`, { version: 1, evidence }), one));
      await expectRefused(await commentsRoute.POST(call(token, "POST", `${base}/annotations/${annotationId}/comments`, { body: bad }), one));
      await expectRefused(await entitiesRoute.POST(call(token, "POST", `${base}/entities`, { typeId: f.labels.person, name: bad }), params({ slug: f.slug })));
      await expectRefused(await projectsRoute.POST(call(token, "POST", "/api/projects", { name: bad, slug: `p-${randomBytes(4).toString("hex")}` }), params({})));
    }
    expect(await snapshot(f.project.id)).toEqual(before);
  });

  it("in path parameters and query strings: slug, ids, search, filters, export lists", async () => {
    const f = await createAnnotationFixture();
    const token = await tokenFor(f.owner.id);
    await expectRefused(await articlesRoute.GET(call(token, "GET", "/api/projects/de%00mo/articles"), params({ slug: "de\u0000mo" })));
    await expectRefused(await articleRoute.GET(call(token, "GET", `/api/projects/${f.slug}/articles/a%00b`), params({ slug: f.slug, articleId: "a\u0000b" })));
    await expectRefused(await annotationRoute.PATCH(call(token, "PATCH", `/api/projects/${f.slug}/annotations/x`, { version: 1 }), params({ slug: f.slug, annotationId: "x\uD800" })));
    // Overlong segments name nothing: 404 before any query.
    await expectRefused(await articlesRoute.GET(call(token, "GET", `/api/projects/${"a".repeat(300)}/articles`), params({ slug: "a".repeat(300) })), 404);
    await expectRefused(await entitiesRoute.GET(call(token, "GET", `/api/projects/${f.slug}/entities?q=a%00b`), params({ slug: f.slug })));
    await expectRefused(await entitiesRoute.GET(call(token, "GET", `/api/projects/${f.slug}/entities?typeId=a%00b`), params({ slug: f.slug })));
    // The export answered 200 and then reset the connection mid-stream.
    for (const query of ["articles=a%00b", "annotators=u%00", "statuses=%01x"]) {
      const message = await expectRefused(await exportsRoute.GET(call(token, "GET", `/api/projects/${f.slug}/exports?format=jsonl&${query}`), params({ slug: f.slug })));
      expect(message).toMatch(/control character/);
    }
  });

  it("in pages and server actions: the project gate answers not found for a slug with NUL", async () => {
    const f = await createAnnotationFixture();
    await expect(requireProjectAccess(f.owner.id, "de\u0000mo")).rejects.toThrow(new AppError("NOT_FOUND", "Project not found."));
    await expect(requireProjectAccess(f.owner.id, f.slug)).resolves.toMatchObject({ role: "OWNER" });
  });

  it("in article import metadata and file names", async () => {
    const f = await createAnnotationFixture();
    const token = await tokenFor(f.owner.id);
    const before = await snapshot(f.project.id);
    const text = "A story long enough to import, about the council budget and taxes next year.";
    const metadata = { title: "T\u0000", outlet: "", url: null, author: null, publishedAt: null, language: "en" };
    const url = `/api/projects/${f.slug}/imports/articles`;
    const preview = await articleImportPreviewRoute.POST(call(token, "POST", `${url}/preview`, { files: [{ name: "a\u0000.txt", content: text }] }), params({ slug: f.slug }));
    await expectRefused(preview);
    const commit = await articleImportCommitRoute.POST(
      call(token, "POST", `${url}/commit`, { files: [{ name: "a.txt", content: text }], choices: [{ key: "0", metadata }] }),
      params({ slug: f.slug }),
    );
    await expectRefused(commit);
    const jsonl = JSON.stringify({ title: "ok", text: "Body with a NUL \u0000 inside it, long enough to be text." });
    const nulText = await articleImportCommitRoute.POST(call(token, "POST", `${url}/commit`, { files: [{ name: "a.jsonl", content: jsonl }] }), params({ slug: f.slug }));
    expect([400, 200]).toContain(nulText.status);
    expect(await snapshot(f.project.id)).toEqual(before);
  });
});
