import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { exportFormats, type ExportFormat } from "@/lib/export/export-formats";
import type { ExportFilters } from "@/lib/export/types";
import type { ExportScope } from "@/lib/server/export/export-scope";
import { estimateExport } from "@/lib/server/export/estimate-export";
import { createExportFixture } from "./support/create-export-fixture";
import { readExport } from "./support/read-export";
import { spansOfExport } from "./support/spans-of-export";

const allFilters: ExportFilters = {
  articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
  annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
};
const options = { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org" };
const scopeOf = (projectId: string, filters: Partial<ExportFilters> = {}): ExportScope => ({
  projectId, filters: { ...allFilters, ...filters }, blindAnnotatorId: null,
});
type JsonlRecord = { id: string; text: string; spans: Array<{ id: string; annotator: { id: string; name: string }; note?: string }> };
const jsonl = (text: string) => text.trim().split("\n").map((l) => JSON.parse(l) as JsonlRecord);
const spanIds = (text: string) => jsonl(text).flatMap((r) => r.spans.map((s) => s.id)).sort();

describe("streamExport against Postgres", () => {
  it("every span's text is its article's text[start:end] in code points, in every format", async () => {
    const f = await createExportFixture();
    const texts = new Map((await db.article.findMany({ where: { projectId: f.project.id }, select: { id: true, text: true } })).map((a) => [a.id, a.text]));
    const exacts = new Map((await db.annotation.findMany({ where: { projectId: f.project.id } })).map((a) => [a.id, a.exact]));
    for (const format of Object.keys(exportFormats) as ExportFormat[]) {
      // The clusters file (this fixture has none) is checked in tests/integration/clusters/exports.test.ts.
      if (format === "claimreview" || format === "conll" || format === "clusters") continue;
      const { bytes, manifest } = await readExport({ scope: scopeOf(f.project.id), format, options, batchSize: 2 });
      const spans = spansOfExport(format, bytes, texts);
      expect(spans.length, format).toBeGreaterThanOrEqual(format === "csv" || format === "csv-excel" ? 3 : 6);
      for (const s of spans) {
        const covered = sliceCodePoints(s.articleText, s.start, s.end);
        expect(covered.length, `${format} ${s.start}-${s.end}`).toBeGreaterThan(0);
        if (s.text !== null) expect(covered, format).toBe(s.text);
        if (s.id !== null && exacts.has(s.id)) expect(covered, format).toBe(exacts.get(s.id));
        if (s.text === null) expect([...exacts.values()], format).toContain(covered);
      }
      // Label Studio's offsets were converted from UTF-16 units by spansOfExport, as its manifest says.
      expect(manifest.offsets.unit).toBe(format === "label-studio" ? "UTF-16 code units" : "Unicode code points");
    }
  });

  it("CoNLL tokens are the text's own characters, in order", async () => {
    const f = await createExportFixture();
    const { text } = await readExport({ scope: scopeOf(f.project.id, { articleIds: [f.astral.id] }), format: "conll", options });
    const tokens = text.split("\n").filter((l) => l !== "" && !l.startsWith("-DOCSTART-")).map((l) => l.split("\t"));
    let at = 0;
    for (const [token] of tokens) {
      const found = f.astral.text.indexOf(token!, at);
      expect(found, token).toBeGreaterThanOrEqual(at);
      at = found + token!.length;
    }
    expect(tokens.find(([t]) => t === "𝒳")?.[1]).toBe("B-location");
  });

  it("gives byte-identical payloads twice, with the clock only in the manifest", async () => {
    const f = await createExportFixture();
    for (const format of ["jsonl", "w3c", "brat"] as const) {
      const a = await readExport({ scope: scopeOf(f.project.id), format, options, batchSize: 1, createdAt: "2026-01-01T00:00:00.000Z" });
      const b = await readExport({ scope: scopeOf(f.project.id), format, options, batchSize: 50, createdAt: "2026-02-02T00:00:00.000Z" });
      expect(b.bytes.equals(a.bytes), format).toBe(true);
      expect(b.manifest.payload.sha256).toBe(a.manifest.payload.sha256);
      expect(a.manifest.created_at).toBe("2026-01-01T00:00:00.000Z");
      expect(b.manifest.created_at).toBe("2026-02-02T00:00:00.000Z");
      expect(a.manifest.data_as_of).toBe(b.manifest.data_as_of);
    }
  });

  it("hashes and counts exactly the bytes it sends", async () => {
    const f = await createExportFixture();
    const { bytes, manifest } = await readExport({ scope: scopeOf(f.project.id), format: "jsonl", options });
    const { createHash } = await import("node:crypto");
    expect(manifest.payload).toEqual({ sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
    expect(manifest.counts).toEqual({ articles: 3, annotations: 6, claims: 3, mentions: 3, verdicts: 1, skipped: 0 });
    expect(jsonl(bytes.toString("utf8")).map((r) => r.id)).toEqual([f.article.id, f.astral.id, f.old.id].sort());
  });

  it("filters by article, date, annotator, kind, status, review state and last change", async () => {
    const f = await createExportFixture();
    const run = async (filters: Partial<ExportFilters>) => (await readExport({ scope: scopeOf(f.project.id, filters), format: "jsonl", options })).text;
    const { ids } = f;
    expect(jsonl(await run({ articleIds: [f.old.id] })).map((r) => r.id)).toEqual([f.old.id]);
    expect(jsonl(await run({ publishedFrom: "2024-01-01T00:00:00.000Z" })).map((r) => r.id)).toEqual([f.article.id]);
    expect(jsonl(await run({ publishedTo: "2024-01-01T00:00:00.000Z" })).map((r) => r.id)).toEqual([f.old.id]);
    expect(spanIds(await run({ annotatorIds: [f.reviewer.id, f.owner.id] }))).toEqual([ids.gold, ids.oldClaim].sort());
    expect(spanIds(await run({ kinds: ["ENTITY_MENTION"] }))).toEqual([ids.mention, ids.astralMention, ids.quoted].sort());
    // Status narrows claims only: mentions stay.
    expect(spanIds(await run({ statusKeys: ["true"] }))).toEqual([ids.gold, ids.mention, ids.astralMention, ids.quoted].sort());
    expect(spanIds(await run({ reviewState: "accepted" }))).toEqual([ids.gold, ids.mention].sort());
    expect(spanIds(await run({ reviewState: "gold" }))).toEqual([ids.gold]);
    // Articles stay (with their text) when all their annotations are filtered out.
    expect(jsonl(await run({ reviewState: "gold" }))).toHaveLength(3);
    await db.annotation.update({ where: { id: ids.quoted }, data: { updatedAt: new Date("2020-01-01T00:00:00Z") } });
    expect(spanIds(await run({ updatedTo: "2021-01-01T00:00:00.000Z" }))).toEqual([ids.quoted]);
    expect(spanIds(await run({ updatedFrom: "2021-01-01T00:00:00.000Z" }))).not.toContain(ids.quoted);
  });

  it("leaves out deleted annotations and articles, and drops notes and names when asked", async () => {
    const f = await createExportFixture();
    await db.annotation.update({ where: { id: f.ids.quoted }, data: { deletedAt: new Date() } });
    await db.article.update({ where: { id: f.old.id }, data: { deletedAt: new Date() } });
    const { text, manifest } = await readExport({
      scope: scopeOf(f.project.id, { annotatorIds: [f.reviewer.id] }), format: "jsonl", options: { ...options, includeNotes: false, pseudonymise: true },
    });
    const records = jsonl(text);
    expect(records.map((r) => r.id)).toEqual([f.article.id, f.astral.id].sort());
    expect(text).not.toContain("Reviewer");
    expect(text).not.toContain(f.reviewer.id);
    expect(text).not.toContain("=SUM(A1)");
    const gold = records.flatMap((r) => r.spans).find((s) => s.id === f.ids.gold)!;
    expect(gold.annotator).toEqual({ id: "annotator-1", name: "annotator-1" });
    expect(manifest.filters.annotator_ids).toEqual(["annotator-1"]);
  });

  it("estimates the counts of the same filters", async () => {
    const f = await createExportFixture();
    expect(await estimateExport(db, scopeOf(f.project.id))).toEqual({ articles: 3, annotations: 6, claims: 3, mentions: 3 });
    expect(await estimateExport(db, scopeOf(f.project.id, { reviewState: "accepted", articleIds: [f.article.id] }))).toEqual({
      articles: 1, annotations: 2, claims: 1, mentions: 1,
    });
  });
});
