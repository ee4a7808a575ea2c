import { describe, expect, it } from "vitest";
import { serializeBrat } from "@/lib/export/serialize-brat";
import { streamSerializers } from "@/lib/export/stream-serializers";
import type { ExportArticle, ExportDataset } from "@/lib/export/types";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset, smallDatasetAsync } from "./fixtures/small-dataset";

// The same data in another order, as another database plan might return it.
function reordered(): ExportDataset {
  const dataset = smallDataset();
  const articles = (dataset.articles as ExportArticle[]).map((a) => ({ ...a, annotations: [...a.annotations].reverse() }));
  return { ...dataset, labels: [...dataset.labels].reverse(), entities: [...dataset.entities].reverse(), articles };
}

describe("every format is byte-identical for the same data and options", () => {
  for (const [format, serialize] of Object.entries(streamSerializers)) {
    it(format, async () => {
      const first = (await collect(serialize(smallDataset(), fixtureOptions))).join("");
      expect(first.length).toBeGreaterThan(0);
      expect((await collect(serialize(smallDataset(), fixtureOptions))).join("")).toBe(first);
      expect((await collect(serialize(smallDatasetAsync(), fixtureOptions))).join("")).toBe(first);
      expect((await collect(serialize(reordered(), fixtureOptions))).join("")).toBe(first);
    });
  }

  it("brat", async () => {
    const first = await collect(serializeBrat(smallDataset(), fixtureOptions));
    expect(await collect(serializeBrat(smallDatasetAsync(), fixtureOptions))).toEqual(first);
    expect(await collect(serializeBrat(reordered(), fixtureOptions))).toEqual(first);
  });

  it("and the data, never the clock, dates the output: W3C's `generated` is its annotations' latest `modified`", async () => {
    const at = async (generatedAt: string, dataset = smallDataset()) => (await collect(streamSerializers.w3c(dataset, { ...fixtureOptions, generatedAt }))).join("");
    const [a, b] = [await at("2024-04-01T00:00:00.000Z"), await at("2030-01-01T00:00:00.000Z")];
    expect(b).toBe(a);
    expect(JSON.parse(a)).toMatchObject({ generated: "2024-03-07T09:30:00.000Z" });
    // An empty collection has no annotation to date it by: the data's last change does.
    const empty = { ...smallDataset(), articles: [] };
    expect(JSON.parse(await at("2030-01-01T00:00:00.000Z", empty))).toMatchObject({ generated: "2030-01-01T00:00:00.000Z", first: { items: [] } });
  });
});
