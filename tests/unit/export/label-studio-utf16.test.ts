import { describe, expect, it } from "vitest";
import { buildExportManifest } from "@/lib/export/build-export-manifest";
import { emptyExportCounts } from "@/lib/export/empty-export-counts";
import { serializeLabelStudio } from "@/lib/export/serialize-label-studio";
import { parseLabelStudio } from "@/lib/import/annotations/parse-label-studio";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset, t1 } from "./fixtures/small-dataset";

type Region = { id: string; value: { start: number; end: number; text: string; labels: string[] } };
type Task = {
  data: { text: string; claimdesk_offsets?: string };
  annotations: Array<{ ground_truth: boolean; completed_by?: { email: string; first_name: string }; result: Region[] }>;
};

async function tasks(options = fixtureOptions): Promise<Task[]> {
  return JSON.parse((await collect(serializeLabelStudio(smallDataset(), options))).join("")) as Task[];
}

describe("Label Studio export: offsets in UTF-16 code units (issue 13, defect 1)", () => {
  it("writes JavaScript string indices, so data.text.slice(start, end) is the region's text even after an emoji", async () => {
    const [task] = await tasks();
    const regions = task?.annotations.flatMap((a) => a.result) ?? [];
    expect(regions.length).toBe(8);
    for (const { value } of regions) expect(task?.data.text.slice(value.start, value.end)).toBe(value.text);
    // "Douglas Adams" is code point 2 but UTF-16 index 3 ("😀" is two units).
    expect(regions.find((r) => r.id === "m1")?.value).toMatchObject({ start: 3, end: 16, text: "Douglas Adams" });
    expect(t1.slice(3, 16)).toBe("Douglas Adams");
  });

  it("marks every task with its offset unit", async () => {
    for (const task of await tasks()) expect(task.data.claimdesk_offsets).toBe("utf-16");
  });

  it("one annotation per annotator per task, each with completed_by naming its annotator (pseudonym when pseudonymised)", async () => {
    const [task] = await tasks();
    expect(task?.annotations.map((a) => [a.ground_truth, a.completed_by])).toEqual([
      [true, { email: "gold@claimdesk.invalid", first_name: "Gold layer" }],
      [false, { email: "u-alice@claimdesk.invalid", first_name: "Alice Example" }],
      [false, { email: "u-bob@claimdesk.invalid", first_name: "Bob Example" }],
    ]);
    const [hidden] = await tasks({ ...fixtureOptions, pseudonymise: true });
    expect(hidden?.annotations.map((a) => a.completed_by?.email)).toEqual([
      "gold@claimdesk.invalid",
      "annotator-1@claimdesk.invalid",
      "annotator-2@claimdesk.invalid",
    ]);
    expect(JSON.stringify(hidden)).not.toContain("Alice");
  });

  it("the manifest says Label Studio offsets are UTF-16 code units (and other formats' are code points)", () => {
    const input = {
      project: { id: "p", slug: "demo", name: "Demo" },
      options: fixtureOptions,
      filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" as const },
      counts: emptyExportCounts,
      payload: { sha256: "0".repeat(64), bytes: 0 },
    };
    const ls = buildExportManifest({ ...input, format: "label-studio" }) as { offsets: { unit: string } };
    expect(ls.offsets.unit).toBe("UTF-16 code units");
    const jsonl = buildExportManifest({ ...input, format: "jsonl" }) as { offsets: { unit: string } };
    expect(jsonl.offsets.unit).toBe("Unicode code points");
  });
});

describe("Label Studio import: reads both offset units", () => {
  const text = "😀 Douglas Adams said.";
  const task = (data: Record<string, unknown>, value: Record<string, unknown>) =>
    JSON.stringify([{ data: { text, ...data }, annotations: [{ result: [{ id: "r1", type: "labels", value: { labels: ["person"], ...value } }] }] }]);
  const span = (content: string) => {
    const [item] = parseLabelStudio(content).items;
    if (!item || !("parsed" in item)) throw new Error(JSON.stringify(item));
    return item.parsed.spans.map((s) => [s.start, s.end]);
  };

  it("round trip: our export imports back to the stored code-point offsets", async () => {
    const parsed = parseLabelStudio((await collect(serializeLabelStudio(smallDataset(), fixtureOptions))).join(""));
    const [first] = parsed.items;
    if (!first || !("parsed" in first)) throw new Error("not parsed");
    const m1 = first.parsed.spans.find((s) => s.sourceId === "m1");
    expect([m1?.start, m1?.end]).toEqual([2, 15]);
  });

  it("a file flagged claimdesk_offsets=code-points (older Claimdesk exports) is read in code points", () => {
    expect(span(task({ claimdesk_offsets: "code-points" }, { start: 2, end: 15 }))).toEqual([[2, 15]]);
  });

  it("an unflagged Label Studio file is read in UTF-16 (Label Studio's convention), even without region text", () => {
    expect(span(task({}, { start: 3, end: 16 }))).toEqual([[2, 15]]);
  });

  it("a Claimdesk v1 export (article_id, no flag) is read in code points", () => {
    expect(span(task({ article_id: "a1" }, { start: 2, end: 15 }))).toEqual([[2, 15]]);
  });

  it("the annotator named by completed_by becomes the span's file author", () => {
    const content = JSON.stringify([
      { data: { text }, annotations: [{ completed_by: { email: "annotator-2@claimdesk.invalid", first_name: "annotator-2" }, result: [{ id: "r1", type: "labels", value: { start: 3, end: 16, labels: ["person"] } }] }] },
    ]);
    const [item] = parseLabelStudio(content).items;
    expect(item && "parsed" in item ? item.parsed.spans[0]?.author : null).toEqual({ id: "annotator-2@claimdesk.invalid", name: "annotator-2" });
  });
});
