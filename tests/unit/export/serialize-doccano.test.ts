import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { serializeDoccano } from "@/lib/export/serialize-doccano";
import { serializeDoccanoRelations } from "@/lib/export/serialize-doccano-relations";
import type { ExportArticle } from "@/lib/export/types";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset, t1, t2 } from "./fixtures/small-dataset";

describe("serializeDoccano", () => {
  it("writes one {text, label, article_id} line per article, exactly", async () => {
    expect(await collect(serializeDoccano(smallDataset(), fixtureOptions))).toEqual([
      `${JSON.stringify({
        text: t1,
        label: [
          [2, 15, "person"],
          [2, 52, "claim-statistical"],
          [10, 15, "person"],
          [28, 31, "organization"],
          [28, 37, "organization"],
          [32, 42, "other"],
          [46, 52, "location"],
          [46, 67, "claim-event"],
        ],
        article_id: "art-1",
      })}\n`,
      `${JSON.stringify({ text: t2, label: [[5, 32, "claim"], [34, 39, "person"]], article_id: "art-2" })}\n`,
    ]);
  });

  it("parses back: every span's text[start:end] (code points) is the annotated quote", async () => {
    const articles = smallDataset().articles as ExportArticle[];
    const lines = await collect(serializeDoccano(smallDataset(), fixtureOptions));
    for (const line of lines) {
      const row = JSON.parse(line) as { text: string; label: Array<[number, number, string]>; article_id: string };
      const annotations = articles.find((a) => a.id === row.article_id)?.annotations ?? [];
      for (const [start, end] of row.label) {
        const annotated = annotations.find((a) => a.start === start && a.end === end && a.anchorState === "ANCHORED");
        expect(sliceCodePoints(row.text, start, end)).toBe(annotated?.exact);
      }
    }
    expect(sliceCodePoints(t1, 2, 15)).toBe("Douglas Adams"); // t1[2:15] in Python; JS t1.slice(3, 16)
  });
});

describe("serializeDoccanoRelations", () => {
  it("numbers spans from 0 per article and links claims to the mentions inside them by role", async () => {
    const [first, second] = await collect(serializeDoccanoRelations(smallDataset(), fixtureOptions));
    const row = JSON.parse(first as string) as { entities: Array<{ id: number; label: string; start_offset: number; end_offset: number }>; relations: unknown[] };
    expect(row.entities.slice(0, 4)).toEqual([
      { id: 0, label: "person", start_offset: 2, end_offset: 15 },
      { id: 1, label: "claim-statistical", start_offset: 2, end_offset: 52 },
      { id: 2, label: "person", start_offset: 10, end_offset: 15 },
      { id: 3, label: "organization", start_offset: 28, end_offset: 31 },
    ]);
    expect(row.relations).toEqual([
      { id: 0, from_id: 1, to_id: 0, type: "claimant" },
      { id: 1, from_id: 1, to_id: 3, type: "subject" },
    ]);
    expect(second).toBe(
      `${JSON.stringify({
        text: t2,
        entities: [
          { id: 0, label: "claim", start_offset: 5, end_offset: 32 },
          { id: 1, label: "person", start_offset: 34, end_offset: 39 },
        ],
        relations: [],
        article_id: "art-2",
      })}\n`,
    );
  });
});
