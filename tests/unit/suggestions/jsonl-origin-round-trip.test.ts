import { describe, expect, it } from "vitest";
import { parseClaimdeskJsonl } from "@/lib/import/annotations/parse-claimdesk-jsonl";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import type { ExportArticle } from "@/lib/export/types";
import { fixtureOptions, smallDataset } from "@/tests/unit/export/fixtures/small-dataset";

// An accepted suggestion keeps saying so through export and import.
describe("origin in Claimdesk JSONL", () => {
  it("writes origin and suggestion_source on every span and reads them back", async () => {
    const dataset = smallDataset();
    const articles = [...(dataset.articles as Iterable<ExportArticle>)].map((article) => ({
      ...article,
      annotations: article.annotations.map((a) => (a.id === "m1" ? { ...a, origin: "SUGGESTION" as const, suggestionSource: "registry" } : a)),
    }));
    let text = "";
    for await (const chunk of serializeJsonl({ ...dataset, articles }, fixtureOptions)) text += chunk;
    const spans = text.trim().split("\n").flatMap((line) => (JSON.parse(line) as { spans: Array<{ id: string; origin: string; suggestion_source: string | null }> }).spans);
    expect(spans.find((s) => s.id === "m1")).toMatchObject({ origin: "suggestion", suggestion_source: "registry" });
    expect(spans.filter((s) => s.id !== "m1").every((s) => s.origin === "human" && s.suggestion_source === null)).toBe(true);

    const parsed = parseClaimdeskJsonl(text).items.flatMap((i) => ("parsed" in i ? i.parsed.spans : []));
    expect(parsed.find((s) => s.sourceId === "m1")?.suggestionSource).toBe("registry");
    expect(parsed.filter((s) => s.sourceId !== "m1").every((s) => s.suggestionSource === null)).toBe(true);
  });
});
