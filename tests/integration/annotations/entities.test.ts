import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/server/entity/create-entity";
import { searchEntities } from "@/lib/server/entity/search-entities";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { countProjectRows } from "./support/count-project-rows";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("entities (real Postgres)", () => {
  it("creates an entity with trimmed, de-duplicated aliases and an audit row", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, {
      typeId: f.labels.person,
      name: " Hafiz Saeed ",
      aliases: ["Saeed", "saeed ", "Hafiz Muhammad Saeed"],
      externalId: "Q380540",
      description: "Founder of Lashkar-e-Taiba.",
    }));
    expect(entity).toEqual({
      id: expect.any(String),
      typeId: f.labels.person,
      name: "Hafiz Saeed",
      aliases: ["Saeed", "Hafiz Muhammad Saeed"],
      description: "Founder of Lashkar-e-Taiba.",
      externalId: "Q380540",
      version: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Entity", entityId: entity.id } });
    expect(audit).toMatchObject({ action: "entity.create", actorId: f.annotator.id, before: null, after: entity });
    expect((await db.entity.findUniqueOrThrow({ where: { id: entity.id } })).createdById).toBe(f.annotator.id);
  });

  it.each<[string, (f: Awaited<ReturnType<typeof createAnnotationFixture>>) => Record<string, unknown>, string]>([
    ["a claim type as type", (f) => ({ typeId: f.labels.factual, name: "X" }), 'typeId must be an entity type, but "Factual statement" is not one.'],
    ["an unknown type", () => ({ typeId: "nope", name: "X" }), 'typeId "nope" is not an entity type of this project.'],
    ["a lowercase QID", (f) => ({ typeId: f.labels.person, name: "X", externalId: "q42" }), "externalId looks like a Wikidata id: write it as Q followed by digits, like Q42."],
    ["an empty name", (f) => ({ typeId: f.labels.person, name: " " }), "Enter the entity's name."],
  ])("refuses %s with 400, creating nothing", async (_name, input, message) => {
    const f = await createAnnotationFixture();
    const before = await countProjectRows(f.project.id);
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, input(f)))).rejects.toMatchObject({ code: "BAD_REQUEST", message });
    expect(await countProjectRows(f.project.id)).toEqual(before);
  });

  it("refuses an archived type and another project's type", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    await db.label.update({ where: { id: f.labels.location }, data: { archivedAt: new Date() } });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.location, name: "X" }))).rejects.toMatchObject({
      message: 'typeId: the entity type "Location" is archived; choose another.',
    });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: g.labels.person, name: "X" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("searches names and aliases ignoring case: name prefixes, then alias prefixes, then the rest", async () => {
    const f = await createAnnotationFixture();
    const g = await createAnnotationFixture();
    const make = (name: string, aliases: string[] = [], typeId = f.labels.person) => withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId, name, aliases }));
    const saeedCity = await make("Saeedabad", [], f.labels.location);
    const hafiz = await make("Hafiz Saeed", ["saeed"]);
    const alsaeed = await make("Al-Saeedi");
    const saeed = await make("SAEED Khan");
    const unrelated = await make("Lashkar-e-Taiba", ["LeT"], f.labels.organization);
    const gone = await make("Saeed the Deleted");
    await db.entity.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    await withProjectAccess(g.annotator.id, g.slug, (access) => createEntity(access, { typeId: g.labels.person, name: "Saeed Elsewhere" }));

    const ids = async (input: Record<string, unknown>) => (await withProjectAccess(f.viewer.id, f.slug, (access) => searchEntities(access, input))).map((e) => e.id);
    expect(await ids({ q: "saeed" })).toEqual([saeed.id, saeedCity.id, hafiz.id, alsaeed.id]);
    expect(await ids({ q: "Saeed", typeId: f.labels.person })).toEqual([saeed.id, hafiz.id, alsaeed.id]);
    expect(await ids({ q: "saeed", limit: 2 })).toEqual([saeed.id, saeedCity.id]);
    expect(await ids({ q: "let" })).toEqual([unrelated.id]);
    expect(await ids({ q: "" })).toEqual([alsaeed.id, hafiz.id, unrelated.id, saeed.id, saeedCity.id]);
    // LIKE wildcards in the query are plain characters.
    expect(await ids({ q: "%" })).toEqual([]);
    expect(await ids({ q: "S_eed" })).toEqual([]);
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => searchEntities(access, { q: "x", limit: 51 }))).rejects.toMatchObject({ code: "BAD_REQUEST", message: "limit must be at most 50." });
  });

  it("updates with the version seen, audits before/after, and answers a stale version with CONFLICT and the stored entity", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Saeed" }));
    const updated = await withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, entity.id, {
      version: 1,
      name: "Hafiz Saeed",
      aliases: ["Saeed", "SAEED"],
      typeId: f.labels.organization,
      externalId: null,
    }));
    expect(updated).toEqual({ ...entity, name: "Hafiz Saeed", aliases: ["Saeed"], typeId: f.labels.organization, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: entity.id, action: "entity.update" } });
    expect(audit).toMatchObject({ before: entity, after: updated });

    const before = await countProjectRows(f.project.id);
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateEntity(access, entity.id, { version: 1, name: "Stale" }))).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      details: { current: updated },
    });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateEntity(access, entity.id, { version: 2, typeId: f.labels.factual }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await countProjectRows(f.project.id)).toEqual(before);
    expect(await withProjectAccess(f.owner.id, f.slug, (access) => updateEntity(access, entity.id, { version: 2 }))).toEqual(updated);
  });
});
