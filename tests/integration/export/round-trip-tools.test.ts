import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import type { ExportFormat } from "@/lib/export/export-formats";
import type { ExportFilters } from "@/lib/export/types";
import { parseLabelStudio } from "@/lib/import/annotations/parse-label-studio";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { checkBratAnn, readAnnotationConf, readNormalizationDbs } from "@/tests/support/check-brat-collection";
import { readConllLikeSpacy } from "@/tests/support/read-conll-like-spacy";
import { validatorPath } from "@/tests/unit/export/fixtures/validators-dir";
import { ASTRAL_TEXT, createExportFixture } from "./support/create-export-fixture";
import { readExport } from "./support/read-export";
import { readZip } from "./support/read-zip";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Each export read back the way the receiving tool reads it, and compared with
// what the database stores: every span at its stored code-point offsets, every
// article one document.

const filters: ExportFilters = {
  articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
  annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
};
const options = { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org" };

async function fixture() {
  const f = await createExportFixture();
  // A second annotator's mention inside the annotator's claim: an overlap doccano drops by default.
  await withProjectAccess(f.reviewer.id, f.slug, (access) => createAnnotation(access, f.astral.id, { revision: 1, ...spanOf(ASTRAL_TEXT, "mayor"), kind: "ENTITY_MENTION", entityTypeId: f.labels.person }));
  const articles = await db.article.findMany({ where: { projectId: f.project.id, deletedAt: null }, select: { id: true, text: true } });
  const annotations = await db.annotation.findMany({ where: { projectId: f.project.id, deletedAt: null }, select: { id: true, articleId: true, start: true, end: true, kind: true, exact: true } });
  const stored = (kind?: "CLAIM" | "ENTITY_MENTION") =>
    annotations.filter((a) => !kind || a.kind === kind).map((a) => `${a.articleId}:${a.start}-${a.end}`).sort();
  const run = (format: ExportFormat) => readExport({ scope: { projectId: f.project.id, filters, blindAnnotatorId: null }, format, options });
  return { f, articles, annotations, stored, run };
}

const ls = validatorPath("interop", "label-studio", "editor-example.named_entity.annotation-1.json");

describe("round trip through the tools' own readers", () => {
  it("Label Studio: regions are JavaScript slices of data.text (the editor's indexing) and import back to the stored spans", async () => {
    const { stored, run } = await fixture();
    const { text, manifest } = await run("label-studio");
    // The manifest carries the labeling config to create the Label Studio project with.
    const config = (manifest as unknown as { interop: { label_studio: { labeling_config: string } } }).interop.label_studio.labeling_config;
    expect(config).toContain('<Labels name="label" toName="text">');
    type Region = { id: string; from_name: string; to_name: string; type: string; value: { start: number; end: number; text: string; labels: string[] } };
    const tasks = JSON.parse(text) as Array<{ data: { text: string }; annotations: Array<{ completed_by: { email: string }; result: Region[] }> }>;
    for (const task of tasks) {
      const emails = task.annotations.map((a) => a.completed_by.email);
      expect(new Set(emails).size, "one annotation per annotator per task").toBe(emails.length);
      for (const r of task.annotations.flatMap((a) => a.result)) {
        expect(task.data.text.slice(r.value.start, r.value.end)).toBe(r.value.text);
        for (const label of r.value.labels) expect(config).toContain(`<Label value="${label}"`);
      }
    }
    if (!ls.present) console.warn(`validators absent: ${ls.path} not found; Label Studio shape check against its example skipped`);
    else {
      // The task shape Label Studio's own example has: data.text, annotations[].result[] of labels regions.
      const example = JSON.parse(readFileSync(ls.path, "utf8")) as { data: Record<string, unknown>; annotations: Array<{ result: Region[] }> };
      const keys = (r: Region) => [...Object.keys(r).filter((k) => k !== "source"), ...Object.keys(r.value).filter((k) => k !== "score").map((k) => `value.${k}`)].sort();
      const theirs = keys(example.annotations[0]!.result[0]!);
      for (const r of tasks.flatMap((t) => t.annotations.flatMap((a) => a.result))) expect(keys(r)).toEqual(theirs);
      expect(typeof example.data.text).toBe("string");
    }
    const parsed = parseLabelStudio(text).items.flatMap((item) => ("parsed" in item ? item.parsed.spans.map((s) => `${item.parsed.article.id}:${s.start}-${s.end}`) : []));
    expect(parsed.sort()).toEqual(stored());
  });

  it("brat: a standoff parser reads every T line back at the stored offsets, and the collection passes brat's configuration checks", async () => {
    const { stored, run } = await fixture();
    const files = readZip((await run("brat")).bytes);
    const conf = readAnnotationConf(files.get("annotation.conf") ?? "");
    const dbs = readNormalizationDbs(files.get("tools.conf") ?? "");
    const spans: string[] = [];
    for (const [path, ann] of files) {
      if (!path.endsWith(".ann")) continue;
      const id = path.slice(0, -4);
      const text = files.get(`${id}.txt`) ?? "";
      expect(checkBratAnn(ann, conf, dbs), path).toEqual([]);
      for (const line of ann.split("\n").filter((l) => l.startsWith("T"))) {
        const [, spec, covered] = line.split("\t");
        const ranges = (spec ?? "").split(" ").slice(1).join(" ").split(";").map((r) => r.split(" ").map(Number) as [number, number]);
        // brat indexes the decoded text (Python str: code points); fragments are joined by a space.
        expect(ranges.map(([s, e]) => sliceCodePoints(text, s, e)).join(" ")).toBe(covered);
        spans.push(`${id}:${ranges[0]![0]}-${ranges.at(-1)![1]}`);
      }
    }
    expect(spans.sort()).toEqual(stored());
  });

  it("CoNLL: a reader splitting on -DOCSTART- (as spaCy's convert does) sees one document per article and every mention", async () => {
    const { articles, annotations, run } = await fixture();
    const docs = readConllLikeSpacy((await run("conll")).text);
    expect(docs).toHaveLength(articles.length);
    const squash = (s: string) => s.replace(/\s+/g, "");
    // Mentions do not overlap one another here, so each comes back whole.
    expect(docs.flatMap((d) => d.entities.map((e) => e.tokens.join(""))).sort()).toEqual(
      annotations.filter((a) => a.kind === "ENTITY_MENTION").map((a) => squash(a.exact)).sort(),
    );
  });

  it("doccano: what a doccano-like import keeps plus what the manifest says it drops is every stored span", async () => {
    const { stored, run } = await fixture();
    const { text, manifest } = await run("doccano");
    const kept: string[] = [];
    for (const row of text.trim().split("\n").map((l) => JSON.parse(l) as { article_id: string; label: Array<[number, number, string]> })) {
      let reach = 0;
      for (const [s, e] of [...row.label].sort((a, b) => a[0] - b[0])) {
        if (s < reach) continue;
        kept.push(`${row.article_id}:${s}-${e}`);
        reach = e;
      }
    }
    const report = (manifest as unknown as { interop: { doccano: { dropped_without_overlapping_spans: number; dropped: Array<{ article_id: string; start: number; end: number }> } } }).interop.doccano;
    expect(report.dropped_without_overlapping_spans).toBeGreaterThan(0);
    expect([...kept, ...report.dropped.map((d) => `${d.article_id}:${d.start}-${d.end}`)].sort()).toEqual(stored());
  });
});
