import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import { serializeW3c } from "@/lib/export/serialize-w3c";
import { exportableAnnotations } from "@/lib/export/exportable-annotations";
import type { ExportArticle } from "@/lib/export/types";
import { previewAnnotationImport } from "@/lib/server/annotation-import/preview-annotation-import";
import { commitAnnotationImport } from "@/lib/server/annotation-import/commit-annotation-import";
import * as commitRoute from "@/app/api/projects/[slug]/imports/annotations/commit/route";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestArticle } from "@/tests/integration/annotations/support/create-test-article";
import { fixtureOptions, smallDataset, t1 } from "@/tests/unit/export/fixtures/small-dataset";
import { withProjectAccess } from "@/tests/support/with-project-access";

async function exportSmall(serialize: typeof serializeJsonl): Promise<string> {
  let out = "";
  for await (const chunk of serialize(smallDataset(), fixtureOptions)) out += chunk;
  return out;
}

async function counts(projectId: string) {
  const [articles, annotations, entities, labels, audits, events] = await Promise.all([
    db.article.count({ where: { projectId } }),
    db.annotation.count({ where: { projectId } }),
    db.entity.count({ where: { projectId } }),
    db.label.count({ where: { projectId } }),
    db.auditLog.count({ where: { projectId } }),
    db.event.count({ where: { projectId } }),
  ]);
  return { articles, annotations, entities, labels, audits, events };
}

const DOCCANO_TEXT = "Storms hit Lisbon and Porto on Monday, the weather service said.";

describe("annotation import (real Postgres)", () => {
  it("doccano onto an existing article: unknown labels are listed, mapped, then imported once", async () => {
    const { project, owner } = await createTestProject();
    const article = await createTestArticle(project.id, DOCCANO_TEXT, owner.id);
    const file = { name: "spans.jsonl", content: JSON.stringify({ text: DOCCANO_TEXT, label: [[11, 17, "LOC"], [22, 27, "LOC"], [11, 17, "LOC"]] }) };
    const before = await counts(project.id);

    const preview = await withProjectAccess(owner.id, project.slug, (access) => previewAnnotationImport(access, { files: [file] }));
    expect(preview.files).toEqual([{ index: 0, name: "spans.jsonl", format: "doccano", detected: true }]);
    expect(preview.unknownLabels).toEqual([{ key: "span:LOC", namespace: null, value: "LOC", count: 3 }]);
    expect(preview.items[0]?.article).toEqual({ kind: "existing", articleId: article.id, title: expect.any(String), by: "text" });
    expect(await counts(project.id)).toEqual(before);

    const unmapped = await withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files: [file] }));
    expect(unmapped.saved).toBe(false);
    expect(await counts(project.id)).toEqual(before);

    const location = await db.label.findFirstOrThrow({ where: { projectId: project.id, kind: "ENTITY_TYPE", key: "location" } });
    const labelMapping = { "span:LOC": { labelId: location.id } };
    const saved = await withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files: [file], labelMapping }));
    expect(saved.saved).toBe(true);
    // The doubled [11,17) span is one annotation, as doccano keeps one of an exact overlap.
    expect(saved.createdAnnotations).toBe(2);
    expect(saved.items[0]?.duplicates).toBe(1);
    const rows = await db.annotation.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    expect(rows.map((r) => [r.kind, r.start, r.end, r.exact, r.entityTypeId, r.authorId])).toEqual([
      ["ENTITY_MENTION", 11, 17, "Lisbon", location.id, owner.id],
      ["ENTITY_MENTION", 22, 27, "Porto", location.id, owner.id],
    ]);
    expect(await db.auditLog.count({ where: { projectId: project.id, action: "annotation.create" } })).toBe(2);
    expect(await db.event.count({ where: { projectId: project.id, type: "annotation.created" } })).toBe(2);

    const again = await withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files: [file], labelMapping }));
    expect(again.createdAnnotations).toBe(0);
    expect(again.items[0]?.duplicates).toBe(3);
  });

  it("Claimdesk JSONL into an empty project creates articles, entities, clusters and annotations in id order", async () => {
    const { project, owner } = await createTestProject();
    const result = await withProjectAccess(owner.id, project.slug, async (access) => commitAnnotationImport(access, { files: [{ name: "export.jsonl", content: await exportSmall(serializeJsonl) }] }));
    expect(result.errors).toEqual([]);
    expect(result.saved).toBe(true);
    const exported = (smallDataset().articles as ExportArticle[]).map((a) => exportableAnnotations(a));
    expect(result.createdAnnotations).toBe(exported.flat().length);
    expect(result.createdArticles).toHaveLength(2);

    const first = await db.article.findUniqueOrThrow({ where: { id: result.createdArticles[0]!.articleId }, include: { revisions: true } });
    expect(first.text).toBe(t1);
    expect(first.source).toMatchObject({ importer: "claimdesk-jsonl", originalId: "art-1" });
    const second = await db.article.findUniqueOrThrow({ where: { id: result.createdArticles[1]!.articleId } });
    expect(second.revision).toBe(2);

    const rows = await db.annotation.findMany({
      where: { articleId: first.id },
      include: { claimEntities: true, evidence: true, clusterMember: true, status: true, entity: true },
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
    });
    // Same spans in the same order (ties broken by id, whose order was kept).
    expect(rows.map((r) => [r.start, r.end, r.kind])).toEqual(exported[0]!.map((a) => [a.start, a.end, a.kind]));
    const c1 = rows.find((r) => r.kind === "CLAIM" && r.start === 2)!;
    expect(c1.status?.key).toBe("false");
    expect(c1.clusterMember?.relation).toBe("SAME");
    expect(c1.claimEntities.map((l) => l.role)).toContain("CLAIMANT");
    const mention = rows.find((r) => r.exact === "Douglas Adams")!;
    expect(mention.entity).toMatchObject({ name: "Douglas Adams", aliases: ["D. Adams"], externalId: "Q42" });
    expect(c1.claimEntities.find((l) => l.role === "CLAIMANT")?.mentionId).toBe(mention.id);
    const source = exported[0]!.find((a) => a.id === "c1")!;
    expect(c1.createdAt.toISOString()).toBe(source.createdAt);
    expect(c1.note).toBe(source.note);
    // Authors who are not members of this project become the importer.
    expect(c1.authorId).toBe(owner.id);
    const clusters = await db.claimCluster.findMany({ where: { projectId: project.id }, include: { members: true } });
    expect(clusters.map((c) => [c.title, c.members.length])).toEqual([["BBC staff in London", 2]]);

    // W3C of the same data lands on the articles just created (matched by their original ids): all duplicates.
    const w3c = await withProjectAccess(owner.id, project.slug, async (access) => commitAnnotationImport(access, { files: [{ name: "export.jsonld", content: await exportSmall(serializeW3c) }] }));
    expect(w3c.errors).toEqual([]);
    expect(w3c.items.map((i) => i.article?.kind)).toEqual(["existing", "existing"]);
    expect(w3c.createdAnnotations).toBe(0);
  });

  it("bad items give per-item errors and nothing is saved unless the good items are chosen", async () => {
    const { project, owner } = await createTestProject();
    await createTestArticle(project.id, DOCCANO_TEXT, owner.id);
    const lines = [
      JSON.stringify({ text: DOCCANO_TEXT, label: [[11, 17, "location"]] }),
      "{broken",
      JSON.stringify({ text: "A text this project does not have.", label: [[0, 1, "location"]] }),
    ].join("\n");
    const w3c = JSON.stringify({ type: "Annotation", target: { source: "https://x/projects/p/articles/nope/revisions/1", selector: { type: "TextPositionSelector", start: 0, end: 3 } }, motivation: "tagging", body: [{ type: "TextualBody", value: "person", purpose: "tagging" }] });
    const files = [{ name: "a.jsonl", content: lines }, { name: "b.json", content: w3c }, { name: "c.txt", content: "hello" }, { name: "d.jsonl", content: "" }];
    const before = await counts(project.id);
    const refused = await withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files }));
    expect(refused.saved).toBe(false);
    expect(refused.errors.map((e) => e.key)).toEqual(["0:2", "0:3", "1:1", "2", "3"]);
    expect(refused.errors.find((e) => e.key === "0:2")?.message).toBe("Line 2 is not valid JSON.");
    expect(refused.errors.find((e) => e.key === "1:1")?.message).toMatch(/no article in this project matches it/);
    expect(await counts(project.id)).toEqual(before);

    const good = await withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files, importGoodItems: true }));
    expect(good.saved).toBe(true);
    expect(good.createdAnnotations).toBe(1);
  });

  it("checks quotes and offsets as the API does", async () => {
    const { project, owner } = await createTestProject();
    await createTestArticle(project.id, DOCCANO_TEXT, owner.id);
    const task = (start: number, end: number, text: string) => ({ data: { text: DOCCANO_TEXT }, annotations: [{ result: [{ id: "r", type: "labels", value: { start, end, text, labels: ["location"] } }] }] });
    const preview = await withProjectAccess(owner.id, project.slug, (access) => previewAnnotationImport(access, { files: [{ name: "ls.json", content: JSON.stringify([task(11, 17, "Lisbon"), task(11, 17, "Porto!"), task(60, 99, "x")]) }] }));
    expect(preview.items).toHaveLength(1);
    expect(preview.errors.map((e) => e.key)).toEqual(["0:2", "0:3"]);
    expect(preview.errors[0]?.message).toMatch(/exact does not match the article text/);
    expect(preview.errors[1]?.message).toMatch(/past the end/);
  });

  it("owners may create labels while mapping; reviewers may only map; annotators may not import", async () => {
    const people = await createTestProject();
    await createTestArticle(people.project.id, DOCCANO_TEXT, people.owner.id);
    const body = { files: [{ name: "a.jsonl", content: JSON.stringify({ text: DOCCANO_TEXT, label: [[11, 17, "CITY"]] }) }], labelMapping: { "span:CITY": { create: { kind: "ENTITY_TYPE", name: "City" } } } };
    const call = async (userId: string) => {
      const secret = `cd_${randomBytes(16).toString("hex")}`;
      await db.apiToken.create({ data: { userId, name: "t", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
      const request = new Request("http://localhost/api", { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: JSON.stringify(body) });
      return commitRoute.POST(request, { params: Promise.resolve({ slug: people.project.slug }) });
    };
    expect((await call(people.annotator.id)).status).toBe(403);
    expect((await call(people.viewer.id)).status).toBe(403);
    expect((await call(people.reviewer.id)).status).toBe(403);
    expect(await db.annotation.count({ where: { projectId: people.project.id } })).toBe(0);
    const created = await call(people.owner.id);
    expect(created.status).toBe(201);
    const city = await db.label.findFirstOrThrow({ where: { projectId: people.project.id, key: "city" } });
    expect(city.kind).toBe("ENTITY_TYPE");
    expect(await db.annotation.count({ where: { projectId: people.project.id, entityTypeId: city.id } })).toBe(1);
  });
});
