import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import * as entityRoute from "@/app/api/projects/[slug]/entities/[entityId]/route";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { deleteEntity } from "@/lib/server/entity/delete-entity";
import { searchEntities } from "@/lib/server/entity/search-entities";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { countProjectRows } from "./support/count-project-rows";
import { spanOf } from "./support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

type Fixture = Awaited<ReturnType<typeof createAnnotationFixture>>;

const entityEvents = (projectId: string) => db.event.findMany({ where: { projectId, type: { startsWith: "entity." } }, orderBy: { id: "asc" } });

async function linkedEntity(f: Fixture) {
  const saeed = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
  const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed"), entityId: saeed.id }));
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
    kind: "CLAIM",
    revision: 1,
    ...spanOf(f.article.text, "Hafiz Saeed met LeT leaders"),
    entities: [{ entityId: saeed.id, role: "SUBJECT", mentionId: mention.id }],
  }));
  return { saeed, mention, claim };
}

describe("deleting entities (real Postgres)", () => {
  it("soft-deletes an unused entity for a reviewer: gone from search, audited, one event per change", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Typo Saeeed" }));
    const renamed = await withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, name: "Typo Saeed" }));

    const deleted = await withProjectAccess(f.reviewer.id, f.slug, (access) => deleteEntity(access, entity.id, { version: "2" }));
    expect(deleted).toEqual({ ...renamed, version: 3 });
    expect((await db.entity.findUniqueOrThrow({ where: { id: entity.id } })).deletedAt).toBeInstanceOf(Date);
    expect(await withProjectAccess(f.viewer.id, f.slug, (access) => searchEntities(access, { q: "typo" }))).toEqual([]);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Entity", entityId: entity.id, action: "entity.delete" } });
    expect(audit).toMatchObject({ actorId: f.reviewer.id, before: renamed, after: deleted });
    expect((await entityEvents(f.project.id)).map((e) => [e.type, e.articleId, e.actorId, e.payload])).toEqual([
      ["entity.created", null, f.annotator.id, { entityId: entity.id, version: 1, entities: [entity] }],
      ["entity.updated", null, f.annotator.id, { entityId: entity.id, version: 2, entities: [renamed] }],
      ["entity.deleted", null, f.reviewer.id, { entityId: entity.id, version: 3, entities: [deleted] }],
    ]);

    // Deleted means deleted: no second delete, no edit, no new link.
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, entity.id, { version: 3 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateEntity(access, entity.id, { version: 3, name: "Back" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed"), entityId: entity.id })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'entityId: the entity "Typo Saeed" has been deleted.' });
  });

  it("refuses annotators and viewers with 403, and members of other projects with 404, changing nothing", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Mine" }));
    const before = await countProjectRows(f.project.id);
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => deleteEntity(access, entity.id, { version: 1 }))).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => deleteEntity(access, entity.id, { version: 1 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(g.owner.id, f.slug, (access) => deleteEntity(access, entity.id, { version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another project's entity through one's own project: not found.
    await expect(withProjectAccess(g.owner.id, g.slug, (access) => deleteEntity(access, entity.id, { version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countProjectRows(f.project.id)).toEqual(before);
    expect((await db.entity.findUniqueOrThrow({ where: { id: entity.id } })).deletedAt).toBeNull();
  });

  it("refuses an entity still used by live mentions and claims with 409 naming the counts; once unlinked, deletes it", async () => {
    const f = await createAnnotationFixture();
    const { saeed, mention, claim } = await linkedEntity(f);
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, saeed.id, { version: 1 }))).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      message: '"Hafiz Saeed" is still used by 1 entity mention and 1 claim. Unlink it there first (in each claim\'s or mention\'s panel), then delete it.',
    });
    await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: claim.version, entities: [] }));
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, saeed.id, { version: 1 }))).rejects.toMatchObject({ message: expect.stringContaining("used by 1 entity mention.") });
    // A deleted mention no longer holds the entity.
    await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, mention.id, { version: mention.version }));
    expect(await withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, saeed.id, { version: 1 }))).toMatchObject({ id: saeed.id, version: 2 });
  });

  it("refuses a stale version with 409 and the stored entity, and a missing version with 400", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Saeed" }));
    const renamed = await withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, name: "Hafiz Saeed" }));
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, entity.id, { version: 1 }))).rejects.toMatchObject({ code: "CONFLICT", details: { current: renamed } });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, entity.id, { version: null }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, entity.id, { version: "two" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.entity.findUniqueOrThrow({ where: { id: entity.id } })).deletedAt).toBeNull();
  });

  it("a link and a delete racing never leave a live link to a deleted entity", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
    const results = await Promise.allSettled([
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed"), entityId: entity.id })),
      withProjectAccess(f.owner.id, f.slug, (access) => deleteEntity(access, entity.id, { version: 1 })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const stored = await db.entity.findUniqueOrThrow({ where: { id: entity.id } });
    const links = await db.annotation.count({ where: { entityId: entity.id, deletedAt: null } });
    expect(stored.deletedAt === null ? links : 0).toBe(links);
    expect(stored.deletedAt !== null && links > 0).toBe(false);
  });
});

describe("DELETE /api/projects/[slug]/entities/[entityId] (handler called directly)", () => {
  it("answers 200 with the deleted entity, 409 with a message when in use, 403 for annotators, 400 without a version, 401 without a valid token", async () => {
    const f = await createAnnotationFixture();
    const tokenFor = async (userId: string) => {
      const secret = `cd_${randomBytes(16).toString("hex")}`;
      await db.apiToken.create({ data: { userId, projectId: null, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
      return secret;
    };
    const call = (token: string, path: string) => new Request(`http://localhost${path}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    const [owner, annotator] = [await tokenFor(f.owner.id), await tokenFor(f.annotator.id)];
    const { saeed } = await linkedEntity(f);
    const unused = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Nobody" }));
    const at = (id: string) => ({ params: Promise.resolve({ slug: f.slug, entityId: id }) });
    const base = `/api/projects/${f.slug}/entities`;

    const inUse = await entityRoute.DELETE(call(owner, `${base}/${saeed.id}?version=1`), at(saeed.id));
    expect(inUse.status).toBe(409);
    expect(((await inUse.json()) as { error: { message: string } }).error.message).toContain("still used by 1 entity mention and 1 claim");
    expect((await entityRoute.DELETE(call(annotator, `${base}/${unused.id}?version=1`), at(unused.id))).status).toBe(403);
    expect((await entityRoute.DELETE(call(owner, `${base}/${unused.id}`), at(unused.id))).status).toBe(400);
    const ok = await entityRoute.DELETE(call(owner, `${base}/${unused.id}?version=1`), at(unused.id));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { entity: EntityDTO }).entity).toMatchObject({ id: unused.id, name: "Nobody", version: 2 });
    const badToken = await entityRoute.DELETE(call("nope", `${base}/${saeed.id}?version=1`), at(saeed.id));
    expect(badToken.status).toBe(401);
  });
});
