import { describe, expect, it } from "vitest";
import { buildExportManifest } from "@/lib/export/build-export-manifest";
import { createExportLookup } from "@/lib/export/create-export-lookup";
import { createPayloadHasher } from "@/lib/export/create-payload-hasher";
import { emptyExportCounts } from "@/lib/export/empty-export-counts";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import { tallyExportArticle } from "@/lib/export/tally-export-article";
import type { ExportArticle, ExportFilters } from "@/lib/export/types";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

const filters: ExportFilters = {
  articleIds: null,
  publishedFrom: "2024-01-01",
  publishedTo: null,
  updatedFrom: null,
  updatedTo: null,
  annotatorIds: null,
  kinds: ["CLAIM", "ENTITY_MENTION"],
  statusKeys: null,
  reviewState: "all",
};

describe("createPayloadHasher", () => {
  it("hashes the UTF-8 bytes of the chunks as fed, and counts them", () => {
    // python3 -c "import hashlib; s='{\"a\":1}\n'+'😀 é\n'; print(hashlib.sha256(s.encode()).hexdigest(), len(s.encode()))"
    const hasher = createPayloadHasher();
    hasher.update('{"a":1}\n');
    hasher.update(new TextEncoder().encode("😀 "));
    hasher.update("é\n");
    expect(hasher.digest()).toEqual({ sha256: "42bc3da8ff6de1ecd0176578ee0b5daee4b1b8aea3c9448ee3ddb344e768daf7", bytes: 16 });
  });

  it("of nothing is the SHA-256 of the empty string", () => {
    expect(createPayloadHasher().digest()).toEqual({ sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", bytes: 0 });
  });
});

describe("tallyExportArticle", () => {
  it("counts what the serializers export and what they skip", () => {
    const dataset = smallDataset();
    const lookup = createExportLookup(dataset);
    const counts = (dataset.articles as ExportArticle[]).reduce((c, a) => tallyExportArticle(c, a, lookup), emptyExportCounts);
    expect(counts).toEqual({ articles: 2, annotations: 10, claims: 3, mentions: 7, verdicts: 2, skipped: 2 });
  });
});

describe("buildExportManifest", () => {
  it("records format, version, project, filters, options, counts, creation time, offsets unit and the payload hash", async () => {
    const dataset = smallDataset();
    const lookup = createExportLookup(dataset);
    const hasher = createPayloadHasher();
    let counts = emptyExportCounts;
    for (const article of dataset.articles as ExportArticle[]) counts = tallyExportArticle(counts, article, lookup);
    for await (const chunk of serializeJsonl(smallDataset(), fixtureOptions)) hasher.update(chunk);
    const payload = hasher.digest();
    expect(buildExportManifest({ format: "jsonl", project: dataset.project, options: fixtureOptions, filters, counts, payload })).toEqual({
      manifest_version: 1,
      generator: "Claimdesk",
      format: "jsonl",
      format_version: "1",
      media_type: "application/x-ndjson",
      created_at: "2024-04-01T00:00:00.000Z",
      data_as_of: "2024-04-01T00:00:00.000Z",
      project: { id: "proj-1", slug: "demo", name: "Demo desk" },
      filters: {
        article_ids: null,
        published_from: "2024-01-01",
        published_to: null,
        annotations_updated_from: null,
        annotations_updated_to: null,
        annotator_ids: null,
        kinds: ["CLAIM", "ENTITY_MENTION"],
        status_keys: null,
        review_state: "all",
      },
      options: { include_notes: true, pseudonymise: false, base_url: "https://claimdesk.example.org/" },
      counts: { articles: 2, annotations: 10, claims: 3, mentions: 7, verdicts: 2, skipped: 2 },
      offsets: { unit: "Unicode code points", convention: "half-open [start, end) into the exported text: Python's text[start:end] is the span" },
      annotation_origin: expect.stringContaining("'suggestion' (a machine suggestion a person accepted"),
      payload: { sha256: payload.sha256, bytes: payload.bytes },
    });
    expect(payload.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lists one hash per file for brat", () => {
    const dataset = smallDataset();
    const manifest = buildExportManifest({
      format: "brat",
      project: dataset.project,
      options: fixtureOptions,
      filters,
      counts: emptyExportCounts,
      payload: [{ path: "art-1.txt", sha256: "a".repeat(64), bytes: 3 }],
    });
    expect(manifest.payload).toEqual({ files: [{ path: "art-1.txt", sha256: "a".repeat(64), bytes: 3 }] });
    expect(manifest.media_type).toBe("application/zip");
  });

  it("keeps the clock's creation time apart from the data's date, and hashes brat's archive too", () => {
    const dataset = smallDataset();
    const manifest = buildExportManifest({
      format: "brat",
      project: dataset.project,
      options: fixtureOptions,
      filters,
      counts: emptyExportCounts,
      payload: [{ path: "art-1.txt", sha256: "a".repeat(64), bytes: 3 }],
      archive: { sha256: "b".repeat(64), bytes: 120 },
      createdAt: "2024-05-05T10:00:00.000Z",
    });
    expect(manifest.created_at).toBe("2024-05-05T10:00:00.000Z");
    expect(manifest.data_as_of).toBe("2024-04-01T00:00:00.000Z");
    expect(manifest.payload).toEqual({ sha256: "b".repeat(64), bytes: 120, files: [{ path: "art-1.txt", sha256: "a".repeat(64), bytes: 3 }] });
  });
});
