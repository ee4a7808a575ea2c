import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitAnnotationImport } from "@/lib/server/annotation-import/commit-annotation-import";
import { createTestProject } from "@/tests/support/create-test-project";
import { exportPayload } from "./support/export-payload";
import { normalizeExportIds } from "./support/normalize-export-ids";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { createDemoProject } from "../export/support/create-demo-project";

// Ids inside W3C IRIs → "<kind>#<n>" by first appearance; the slug → "P".
function normalizeIris(payload: string, slug: string): string {
  const names = new Map<string, string>();
  return payload
    .replaceAll(`/projects/${slug}/`, "/projects/P/")
    // The collection is dated by its data's last change, which the import makes anew.
    .replace(/"generated":"[^"]*"/, '"generated":"G"')
    .replace(/\/(annotations|articles|annotators|entities|clusters)\/([^/"]+)/g, (_m, kind: string, id: string) => {
      const key = `${kind}:${id}`;
      if (!names.has(key)) names.set(key, `${kind}#${names.size}`);
      return `/${kind}/${names.get(key)}`;
    });
}

// A restore: the owner keeps the file's authors (members here) and review states.
const restore = { keepAuthors: true, keepReviewStates: true };

describe("demo data round trip (real Postgres)", () => {
  it("JSONL and W3C of the demo data → restored into an empty project where the original is gone → both exports again byte-identical", async () => {
    const source = await createDemoProject();
    const jsonl = await exportPayload(source.project.id, "jsonl");
    const w3c = await exportPayload(source.project.id, "w3c");
    const { slug, name } = source.project;
    // The original leaves the database, as on a fresh server it was never there:
    // its ids and its slug are free again.
    await db.project.delete({ where: { id: source.project.id } });
    const target = await createTestProject();
    await db.project.update({ where: { id: target.project.id }, data: { slug, name } });
    for (const user of [source.annotator, source.reviewer]) await db.membership.create({ data: { projectId: target.project.id, userId: user.id, role: "ANNOTATOR" } });

    const result = await withProjectAccess(target.owner.id, slug, (access) => commitAnnotationImport(access, { files: [{ name: "demo.jsonld", content: w3c }, { name: "demo.jsonl", content: jsonl }], ...restore }));
    expect(result.errors).toEqual([]);
    expect(result.saved).toBe(true);
    expect(result.createdArticles).toHaveLength(5);
    expect(result.ids).toEqual({ kept: result.createdAnnotations, renewed: 0 });

    const jsonlAgain = await exportPayload(target.project.id, "jsonl");
    const w3cAgain = await exportPayload(target.project.id, "w3c");
    expect(jsonlAgain.length).toBeGreaterThan(10_000);
    expect(jsonlAgain).toBe(jsonl);
    expect(w3cAgain).toBe(w3c);
  });

  it("JSONL and W3C of the demo data → a copy in an empty project next to the original → both exports again equal but for ids and slug", async () => {
    const source = await createDemoProject();
    const original = await exportPayload(source.project.id, "jsonl");
    const w3c = await exportPayload(source.project.id, "w3c");
    const target = await createTestProject();
    await db.project.update({ where: { id: target.project.id }, data: { name: source.project.name } });
    for (const user of [source.annotator, source.reviewer]) await db.membership.create({ data: { projectId: target.project.id, userId: user.id, role: "ANNOTATOR" } });

    // W3C first on purpose: its annotations find the articles the JSONL creates in the same batch.
    const files = [{ name: "demo.jsonld", content: w3c }, { name: "demo.jsonl", content: original }];
    const result = await withProjectAccess(target.owner.id, target.project.slug, (access) => commitAnnotationImport(access, { files, ...restore }));
    expect(result.errors).toEqual([]);
    expect(result.unknownLabels).toEqual([]);
    expect(result.createdArticles).toHaveLength(5);
    expect(result.createdAnnotations).toBe(await db.annotation.count({ where: { projectId: source.project.id, deletedAt: null } }));
    // The originals still hold their ids, so the copy gets new ones.
    expect(result.ids).toEqual({ kept: 0, renewed: result.createdAnnotations });

    const again = await exportPayload(target.project.id, "jsonl");
    const parse = (jsonl: string) => jsonl.trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(normalizeExportIds(parse(again))).toEqual(normalizeExportIds(parse(original)));
    const w3cAgain = await exportPayload(target.project.id, "w3c");
    expect(normalizeIris(w3cAgain, target.project.slug)).toBe(normalizeIris(w3c, source.project.slug));

    // Importing the W3C file again adds nothing: every annotation is already there.
    const onTop = await withProjectAccess(target.owner.id, target.project.slug, (access) => commitAnnotationImport(access, { files: [files[0]!], ...restore }));
    expect(onTop.errors).toEqual([]);
    expect(onTop.items.every((i) => i.article?.kind === "existing")).toBe(true);
    expect(onTop.createdAnnotations).toBe(0);
  });
});
