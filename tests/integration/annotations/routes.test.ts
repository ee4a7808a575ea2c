import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { AnnotationDTO, ConflictBody, EntityDTO } from "@/lib/annotations/annotation-dto";
import * as annotationsRoute from "@/app/api/projects/[slug]/articles/[articleId]/annotations/route";
import * as annotationRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/route";
import * as restoreRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/restore/route";
import * as entitiesRoute from "@/app/api/projects/[slug]/entities/route";
import * as entityRoute from "@/app/api/projects/[slug]/entities/[entityId]/route";
import * as labelsRoute from "@/app/api/projects/[slug]/labels/route";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { spanOf } from "./support/span-of";

// The route handlers called as Next would call them, authenticated with an
// API token (no server, no session): checks the wire shapes, status codes and
// the 409 ConflictBody.
async function tokenFor(userId: string, projectId: string | null = null): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

function call(token: string, method: string, path: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("annotation and entity routes (handlers called directly, real Postgres)", () => {
  it("create, list, patch, 409 with current, delete and restore over HTTP", async () => {
    const f = await createAnnotationFixture();
    const token = await tokenFor(f.annotator.id);
    const base = `/api/projects/${f.slug}`;
    const at = { slug: f.slug, articleId: f.article.id };

    const created = await annotationsRoute.POST(
      call(token, "POST", `${base}/articles/${f.article.id}/annotations`, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }),
      params(at),
    );
    expect(created.status).toBe(201);
    const { annotation } = (await created.json()) as { annotation: AnnotationDTO };
    expect(annotation).toMatchObject({ exact: "police", version: 1 });

    const listed = await annotationsRoute.GET(call(token, "GET", `${base}/articles/${f.article.id}/annotations`), params(at));
    expect(((await listed.json()) as { annotations: AnnotationDTO[] }).annotations).toEqual([annotation]);

    const one = { slug: f.slug, annotationId: annotation.id };
    const patched = await annotationRoute.PATCH(call(token, "PATCH", `${base}/annotations/${annotation.id}`, { version: 1, note: "first" }), params(one));
    expect(patched.status).toBe(200);
    const current = ((await patched.json()) as { annotation: AnnotationDTO }).annotation;

    const stale = await annotationRoute.PATCH(call(token, "PATCH", `${base}/annotations/${annotation.id}`, { version: 1, note: "second" }), params(one));
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as ConflictBody;
    expect(conflict).toEqual({ error: { code: "CONFLICT", message: expect.stringContaining("version 2") }, current });

    const bad = await annotationRoute.PATCH(call(token, "PATCH", `${base}/annotations/${annotation.id}`, { version: 2, confidence: 3 }), params(one));
    expect(bad.status).toBe(400);
    // Validation details stay on the server; only the message goes out.
    expect(await bad.json()).toEqual({ error: { code: "BAD_REQUEST", message: "confidence must be a number from 0 to 1, or null." } });

    const noVersion = await annotationRoute.DELETE(call(token, "DELETE", `${base}/annotations/${annotation.id}`), params(one));
    expect(noVersion.status).toBe(400);
    const deleted = await annotationRoute.DELETE(call(token, "DELETE", `${base}/annotations/${annotation.id}?version=2`), params(one));
    expect(((await deleted.json()) as { annotation: AnnotationDTO }).annotation).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    const withDeleted = await annotationsRoute.GET(call(token, "GET", `${base}/articles/${f.article.id}/annotations?includeDeleted=true`), params(at));
    expect(((await withDeleted.json()) as { annotations: AnnotationDTO[] }).annotations).toHaveLength(1);
    const restored = await restoreRoute.POST(call(token, "POST", `${base}/annotations/${annotation.id}/restore`, { version: 3 }), params(one));
    expect(((await restored.json()) as { annotation: AnnotationDTO }).annotation).toMatchObject({ version: 4, deletedAt: null });
  });

  it("entities and labels, and a project-scoped token kept to its project", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    const token = await tokenFor(f.annotator.id);
    const base = `/api/projects/${f.slug}`;
    const created = await entitiesRoute.POST(call(token, "POST", `${base}/entities`, { typeId: f.labels.person, name: "Hafiz Saeed" }), params({ slug: f.slug }));
    expect(created.status).toBe(201);
    const { entity } = (await created.json()) as { entity: EntityDTO };

    const found = await entitiesRoute.GET(call(token, "GET", `${base}/entities?q=hafiz&typeId=${f.labels.person}`), params({ slug: f.slug }));
    expect(((await found.json()) as { entities: EntityDTO[] }).entities).toEqual([entity]);

    const renamed = await entityRoute.PATCH(call(token, "PATCH", `${base}/entities/${entity.id}`, { version: 1, name: "H. Saeed" }), params({ slug: f.slug, entityId: entity.id }));
    expect(((await renamed.json()) as { entity: EntityDTO }).entity).toMatchObject({ name: "H. Saeed", version: 2 });
    const stale = await entityRoute.PATCH(call(token, "PATCH", `${base}/entities/${entity.id}`, { version: 1, name: "X" }), params({ slug: f.slug, entityId: entity.id }));
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current: EntityDTO }).current).toMatchObject({ name: "H. Saeed", version: 2 });

    const labels = await labelsRoute.GET(call(token, "GET", `${base}/labels`), params({ slug: f.slug }));
    const body = (await labels.json()) as { labels: Array<{ id: string; kind: string }> };
    expect(body.labels).toHaveLength(await db.label.count({ where: { projectId: f.project.id, archivedAt: null } }));
    expect(body.labels.map((l) => l.id)).toContain(f.labels.unverified);

    // A token bound to project g cannot reach project f, even though its user is a member of f.
    await db.membership.create({ data: { projectId: g.project.id, userId: f.annotator.id, role: "ANNOTATOR" } });
    const scoped = await tokenFor(f.annotator.id, g.project.id);
    const refused = await labelsRoute.GET(call(scoped, "GET", `${base}/labels`), params({ slug: f.slug }));
    expect(refused.status).toBe(404);
    const anonymous = await labelsRoute.GET(new Request(`http://localhost${base}/labels`, { headers: { authorization: "Bearer nope" } }), params({ slug: f.slug }));
    expect(anonymous.status).toBe(401);
  });
});
