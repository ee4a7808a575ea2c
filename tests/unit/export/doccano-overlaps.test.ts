import { describe, expect, it } from "vitest";
import { buildExportManifest } from "@/lib/export/build-export-manifest";
import { createExportLookup } from "@/lib/export/create-export-lookup";
import { doccanoDroppedSpans } from "@/lib/export/doccano-dropped-spans";
import { emptyExportCounts } from "@/lib/export/empty-export-counts";
import { serializeDoccano } from "@/lib/export/serialize-doccano";
import type { ExportArticle } from "@/lib/export/types";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

// doccano's import without "Allow overlapping spans" (format-notes.json):
// spans sorted by start, kept greedily when start ≥ the last kept end.
function doccanoImport(label: Array<[number, number, string]>): Array<[number, number, string]> {
  const kept: Array<[number, number, string]> = [];
  let reach = 0;
  for (const span of [...label].sort((a, b) => a[0] - b[0])) {
    if (span[0] < reach) continue;
    kept.push(span);
    reach = span[1];
  }
  return kept;
}

describe("doccano overlaps (issue 13, defect 4)", () => {
  it("lists exactly the spans doccano's default import drops, with the span that wins (hand-computed for art-1)", () => {
    const dataset = smallDataset();
    const [art1] = dataset.articles as ExportArticle[];
    const dropped = doccanoDroppedSpans(art1 as ExportArticle, createExportLookup(dataset));
    // Kept: m1 [2,15), m3 [28,31), m6 [32,42), m4 [46,52).
    expect(dropped.map((d) => [d.annotation_id, d.start, d.end, d.label, d.kept_instead])).toEqual([
      ["c1", 2, 52, "claim-statistical", "m1"],
      ["m2", 10, 15, "person", "m1"],
      ["m5", 28, 37, "organization", "m3"],
      ["c2", 46, 67, "claim-event", "m4"],
    ]);
  });

  it("agrees with a doccano-like import of the exported lines: exported minus dropped is what doccano keeps", async () => {
    const dataset = smallDataset();
    const lookup = createExportLookup(dataset);
    const rows = (await collect(serializeDoccano(smallDataset(), fixtureOptions))).map((l) => JSON.parse(l) as { article_id: string; label: Array<[number, number, string]> });
    for (const article of dataset.articles as ExportArticle[]) {
      const row = rows.find((r) => r.article_id === article.id);
      const dropped = doccanoDroppedSpans(article, lookup).map((d) => `${d.start}-${d.end}-${d.label}`);
      const kept = doccanoImport(row?.label ?? []).map(([s, e, l]) => `${s}-${e}-${l}`);
      expect(kept.length + dropped.length).toBe(row?.label.length);
      expect((row?.label ?? []).map(([s, e, l]) => `${s}-${e}-${l}`).filter((k) => !kept.includes(k)).sort()).toEqual([...dropped].sort());
    }
  });

  it("the manifest carries the list under interop.doccano when given", () => {
    const manifest = buildExportManifest({
      format: "doccano",
      project: { id: "p", slug: "demo", name: "Demo" },
      options: fixtureOptions,
      filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" },
      counts: emptyExportCounts,
      payload: { sha256: "0".repeat(64), bytes: 0 },
      interop: { doccano: { dropped_without_overlapping_spans: 1 } },
    });
    expect(manifest.interop).toEqual({ doccano: { dropped_without_overlapping_spans: 1 } });
  });
});
