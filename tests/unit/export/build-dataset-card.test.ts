import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDatasetCard, type DatasetCardInput } from "@/lib/export/build-dataset-card";
import { emptyDatasetCardTally, tallyDatasetCard } from "@/lib/export/dataset-card-tally";
import { toYaml } from "@/lib/export/to-yaml";
import type { ExportArticle } from "@/lib/export/types";
import { smallDataset } from "./fixtures/small-dataset";

const input = (overrides: Partial<DatasetCardInput> = {}): DatasetCardInput => ({
  project: { name: "Demo: \"desk\" --- #1\nsecond line", slug: "demo", description: "Five outlets, one event.", license: "ODbL-1.0" },
  format: "brat",
  fileName: "claimdesk-demo-brat.zip",
  options: { includeNotes: false, pseudonymise: true, generatedAt: "2026-01-02T03:04:05.000Z" },
  filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" },
  counts: { articles: 999, annotations: 40, claims: 10, mentions: 30, verdicts: 4, skipped: 2 },
  tally: {
    annotators: ["annotator-1", "annotator-2"],
    languages: ["de", "en"],
    reviewStates: { PENDING: 30, ACCEPTED: 7, REJECTED: 2, CHANGES_REQUESTED: 1 },
    gold: 5,
    goldArticles: 2,
    labelUses: { "st-false": 4, "et-person": 12 },
  },
  labels: [
    { id: "st-false", kind: "VERIFICATION_STATUS", key: "false", name: "False", rating: 1, description: "Wrong | not so." },
    { id: "st-unv", kind: "VERIFICATION_STATUS", key: "unverified", name: "Unverified", rating: null, description: "" },
    { id: "et-person", kind: "ENTITY_TYPE", key: "person", name: "Person", rating: null, description: "A human being." },
  ],
  agreement: {
    comparedArticles: 1,
    coders: 2,
    f1: [
      { kind: "CLAIM", mode: "exact", f1: 0.5 },
      { kind: "CLAIM", mode: "overlap", f1: 2 / 3 },
      { kind: "ENTITY_MENTION", mode: "exact", f1: 1 },
      { kind: "ENTITY_MENTION", mode: "overlap", f1: null },
    ],
    alpha: [{ field: "statusId", alpha: 0.25, n: 8 }, { field: "claimTypeId", alpha: null, n: 2 }],
  },
  ...overrides,
});

function split(card: string): { yaml: Record<string, unknown>; prose: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(card);
  if (!match) throw new Error("not a card: no front matter");
  return { yaml: parse(match[1]!) as Record<string, unknown>, prose: match[2]! };
}

describe("buildDatasetCard", () => {
  it("writes front matter a YAML parser reads back, with the Hub's keys", () => {
    const { yaml } = split(buildDatasetCard(input()));
    expect(yaml.license).toBe("odbl");
    expect(yaml.language).toEqual(["de", "en"]);
    expect(yaml.task_categories).toEqual(["token-classification", "text-classification"]);
    // The name's quotes, colon, "---" and line break stay text, on one line.
    expect(yaml.pretty_name).toBe('Demo: "desk" --- #1 second line');
    expect(yaml.size_categories).toEqual(["n<1K"]);
    const info = yaml.dataset_info as { features: Array<{ name: string; list?: Array<{ name: string }> }>; splits: unknown };
    expect(info.splits).toEqual([{ name: "train", num_examples: 999 }]);
    expect(info.features.map((f) => f.name)).toEqual([
      "id", "title", "outlet", "url", "author", "published_at", "language", "revision", "content_hash", "text", "spans", "claims", "entities",
    ]);
    // Notes are left out of the features when the export leaves them out.
    expect(info.features.find((f) => f.name === "spans")?.list?.map((f) => f.name)).not.toContain("note");
    expect(yaml.configs).toEqual([{ config_name: "default", data_files: [{ split: "train", path: "claimdesk-demo-jsonl.jsonl" }] }]);
  });

  it("sizes by articles at the Hub's bucket edges, and says 'unknown' without a license", () => {
    expect(split(buildDatasetCard(input({ counts: { ...input().counts, articles: 1000 } }))).yaml.size_categories).toEqual(["1K<n<10K"]);
    const none = buildDatasetCard(input({ project: { ...input().project, license: null } }));
    expect(split(none).yaml.license).toBe("unknown");
    expect(none).toContain("has not chosen a license");
  });

  it("states the label schema with definitions and uses, counts, review, gold, agreement and offsets in prose", () => {
    const { prose } = split(buildDatasetCard(input()));
    expect(prose.startsWith('# Demo: "desk" --- #1 second line\n')).toBe(true);
    expect(prose).toContain("| `false` | False | 1 | Wrong \\| not so. | 4 |");
    expect(prose).toContain("| `unverified` | Unverified | not a verdict | — | 0 |");
    expect(prose).toContain("| `person` | Person | A human being. | 12 |");
    expect(prose).toContain("| annotations left out (not anchored in the exported text) | 2 |");
    expect(prose).toContain("2 annotators made the non-gold annotations.");
    expect(prose).toContain("7 accepted, 2 rejected,\n1 with changes requested, 30 not yet reviewed.");
    expect(prose).toContain("5 annotations in 2 articles are **gold**");
    expect(prose).toContain("over the 1 article\nthat 2 annotators annotated in common");
    expect(prose).toContain("| span F1, exact boundaries | 0.500 | 1.000 |");
    expect(prose).toContain("| span F1, overlapping boundaries | 0.667 | n/a |");
    expect(prose).toContain("Krippendorff's α on verification status: 0.250 (8 values); on claim type: n/a (2 values).");
    expect(prose).toContain("Unicode code points");
    expect(prose).toContain("`claimdesk-demo-brat.zip`, this README.md inside it");
    expect(prose).toContain("Internal notes are left out.");
  });

  it("warns when names are not pseudonymised, and says when the export was filtered", () => {
    const card = buildDatasetCard(input({
      options: { ...input().options, pseudonymise: false },
      filters: { ...input().filters, reviewState: "gold" },
    }));
    expect(card).toContain("are **not** pseudonymised");
    expect(card).toContain("This export was **filtered**");
  });

  it("gives the same bytes for the same input", () => {
    expect(buildDatasetCard(input())).toBe(buildDatasetCard(input()));
  });
});

describe("toYaml", () => {
  it("round-trips nested lists and mappings and keeps every string a string", () => {
    const value = { a: "yes", b: "1.5", c: [1, "null", { d: [], e: { f: null } }, [true, "x: y"]], g: "\u2028" };
    expect(parse(toYaml(value))).toEqual(value);
  });

  it("refuses keys that would need quoting", () => {
    expect(() => toYaml({ "a: b": 1 })).toThrow("Not a plain YAML key");
  });
});

describe("tallyDatasetCard", () => {
  it("counts the small dataset's exported annotations by hand", () => {
    const articles = smallDataset().articles as ExportArticle[];
    const tally = articles.reduce((t, article) => tallyDatasetCard(t, article, { pseudonymise: true }), emptyDatasetCardTally);
    // art-1: c1 (alice, accepted), c2 (bob), m1, m3 (alice), m2, m5, m6 (bob), m4 (gold); art-2: c3 (bob), m7 (alice); m8, m9 not exported.
    expect(tally.annotators).toEqual(["annotator-1", "annotator-2"]);
    expect(tally.languages).toEqual(["en"]);
    expect(tally.gold).toBe(1);
    expect(tally.goldArticles).toBe(1);
    expect(tally.reviewStates).toEqual({ PENDING: 9, ACCEPTED: 1, REJECTED: 0, CHANGES_REQUESTED: 0 });
    expect(tally.labelUses["st-false"]).toBe(1);
    expect(tally.labelUses["st-mixed"]).toBe(1);
    expect(tally.labelUses["st-unverified"]).toBe(1);
    expect(tally.labelUses["et-person"]).toBe(3);
  });
});
