import { describe, expect, it } from "vitest";
import { listClaimReviewGaps } from "@/lib/export/list-claim-review-gaps";
import type { ExportAnnotation, ExportArticle, ExportDataset } from "@/lib/export/types";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

function article(dataset: ExportDataset, id: string): ExportArticle {
  const found = (dataset.articles as ExportArticle[]).find((a) => a.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
}
const claim = (dataset: ExportDataset, id: string): ExportAnnotation => {
  const found = article(dataset, "art-1").annotations.find((a) => a.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
};
const properties = (items: Awaited<ReturnType<typeof listClaimReviewGaps>>["items"], annotationId: string) =>
  items.find((i) => i.annotationId === annotationId)?.gaps.map((g) => g.property) ?? [];

describe("listClaimReviewGaps", () => {
  it("lists, per review, the recommended properties the download will miss", async () => {
    const result = await listClaimReviewGaps(smallDataset(), fixtureOptions);
    expect(result.reviews).toBe(2);
    expect(result.incomplete).toBe(2);
    // c1 has a claimant, dated appearances with urls and its cluster's statement: only the explanation is missing.
    expect(properties(result.items, "c1")).toEqual(["reviewRating.ratingExplanation"]);
    // c2: the raw quote, no explanation, no claimant.
    expect(properties(result.items, "c2")).toEqual(["claimReviewed", "reviewRating.ratingExplanation", "itemReviewed.author"]);
    expect(result.items.find((i) => i.annotationId === "c2")?.url).toBe("https://claimdesk.example.org/projects/demo/articles/art-1?annotation=c2");
  });

  it("names the article without a url, and the missing first appearance when nothing is dated", async () => {
    const dataset = smallDataset();
    const a1 = article(dataset, "art-1");
    a1.url = null;
    a1.publishedAt = null;
    const { items } = await listClaimReviewGaps(dataset, fixtureOptions);
    const c2 = items.find((i) => i.annotationId === "c2");
    expect(c2?.gaps).toContainEqual({ property: "itemReviewed.appearance.url", message: "No address for “Staff survey, Adams says”: add the article's URL." });
    expect(c2?.gaps.map((g) => g.property)).toContain("itemReviewed.firstAppearance");
  });

  it("warns when claimReviewed is longer than 75 characters, and is empty for a complete review", async () => {
    const dataset = smallDataset();
    const c1 = claim(dataset, "c1");
    c1.summary = "x".repeat(76);
    c1.verdictExplanation = "Explained.";
    const c2 = claim(dataset, "c2");
    Object.assign(c2, { summary: "London claim", verdictExplanation: "Explained.", entities: [{ entityId: "ent-bbc", role: "CLAIMANT", mentionId: null }] });
    const result = await listClaimReviewGaps(dataset, fixtureOptions);
    expect(result.incomplete).toBe(1);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.gaps).toEqual([
      { property: "claimReviewed", message: "76 characters; Google advises under about 75. Shorten the claim's summary." },
    ]);
  });
});
