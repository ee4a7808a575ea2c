import { describe, expect, it } from "vitest";
import { serializeClaimReview } from "@/lib/export/serialize-claimreview";
import type { ExportAnnotation, ExportDataset, ExportOptions } from "@/lib/export/types";
import { collect } from "./fixtures/collect";
import { createSchemaorgChecker } from "./fixtures/schemaorg-vocabulary";
import { fixtureOptions, formulaNote, smallDataset } from "./fixtures/small-dataset";
import { validatorPath } from "./fixtures/validators-dir";

type Review = { url: string; claimReviewed: string; reviewRating: { ratingExplanation?: string } };

async function reviews(dataset: ExportDataset, options: ExportOptions = fixtureOptions): Promise<Review[]> {
  return JSON.parse((await collect(serializeClaimReview(dataset, options))).join("")) as Review[];
}

function claim(dataset: ExportDataset, id: string): ExportAnnotation {
  for (const article of dataset.articles as Array<{ annotations: ExportAnnotation[] }>) {
    const found = article.annotations.find((a) => a.id === id);
    if (found) return found;
  }
  throw new Error(`fixture has no ${id}`);
}

const c1Url = "https://claimdesk.example.org/projects/demo/articles/art-1?annotation=c1";
const c2Url = "https://claimdesk.example.org/projects/demo/articles/art-1?annotation=c2";

describe("ClaimReview: what is published", () => {
  it("never publishes the internal note by default, even with notes in the export", async () => {
    const out = await reviews(smallDataset(), { ...fixtureOptions, includeNotes: true });
    const c1 = out.find((r) => r.url === c1Url);
    expect(c1?.reviewRating.ratingExplanation).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain("HYPERLINK");
  });

  it("publishes the verdict's public explanation, not the note", async () => {
    const dataset = smallDataset();
    claim(dataset, "c1").verdictExplanation = "  The survey found 17%, not 42%.  ";
    const c1 = (await reviews(dataset)).find((r) => r.url === c1Url);
    expect(c1?.reviewRating.ratingExplanation).toBe("The survey found 17%, not 42%.");
  });

  it("publishes the note only when asked (publishNotes) and notes are included, and only without a public explanation", async () => {
    const asked = (await reviews(smallDataset(), { ...fixtureOptions, includeNotes: true, publishNotes: true })).find((r) => r.url === c1Url);
    expect(asked?.reviewRating.ratingExplanation).toBe(formulaNote);
    const notesOff = (await reviews(smallDataset(), { ...fixtureOptions, includeNotes: false, publishNotes: true })).find((r) => r.url === c1Url);
    expect(notesOff?.reviewRating.ratingExplanation).toBeUndefined();
    const dataset = smallDataset();
    claim(dataset, "c1").verdictExplanation = "Public words.";
    const both = (await reviews(dataset, { ...fixtureOptions, includeNotes: true, publishNotes: true })).find((r) => r.url === c1Url);
    expect(both?.reviewRating.ratingExplanation).toBe("Public words.");
  });
});

describe("ClaimReview: claimReviewed", () => {
  it("is the claim's summary when it has one", async () => {
    const dataset = smallDataset();
    claim(dataset, "c2").summary = "London staff claim";
    expect((await reviews(dataset)).find((r) => r.url === c2Url)?.claimReviewed).toBe("London staff claim");
  });

  it("is the cluster's statement for a corroborating member, and the summary wins over it", async () => {
    const dataset = smallDataset();
    const c1 = claim(dataset, "c1");
    c1.cluster = { clusterId: "cl1", relation: "CORROBORATES" };
    expect((await reviews(dataset)).find((r) => r.url === c1Url)?.claimReviewed).toBe("42% of BBC staff live in London.");
    const again = smallDataset();
    claim(again, "c1").summary = "Adams: 42% of BBC staff in London";
    expect((await reviews(again)).find((r) => r.url === c1Url)?.claimReviewed).toBe("Adams: 42% of BBC staff in London");
  });

  it("falls back to the quote: no summary and no cluster (c2), or a cluster it contradicts", async () => {
    const dataset = smallDataset();
    claim(dataset, "c1").cluster = { clusterId: "cl1", relation: "CONTRADICTS" };
    const out = await reviews(dataset);
    expect(out.find((r) => r.url === c2Url)?.claimReviewed).toBe("London.\n\nHe was wrong");
    expect(out.find((r) => r.url === c1Url)?.claimReviewed).toBe("Douglas Adams said 42% of BBC staff live in London");
  });
});

const slice = validatorPath("claimreview", "schemaorg-v30.0-claimreview-slice.jsonld");

describe.runIf(!slice.present)("ClaimReview public texts against the schema.org slice", () => {
  it("is skipped: the validators are absent", () => {
    console.warn(`validators absent: ${slice.path} not found; schema.org check of summaries and explanations not run`);
    expect(slice.present).toBe(false);
  });
});

describe.skipIf(!slice.present)("ClaimReview public texts against the schema.org slice", () => {
  it("a summary and a public explanation use only properties schema.org defines where they are", async () => {
    const check = createSchemaorgChecker(slice.path);
    const dataset = smallDataset();
    Object.assign(claim(dataset, "c2"), { summary: "London staff claim", verdictExplanation: "Half right." });
    const out = (await reviews(dataset)) as unknown as Array<Record<string, unknown>>;
    expect(out.some((r) => (r.reviewRating as { ratingExplanation?: string }).ratingExplanation === "Half right.")).toBe(true);
    for (const review of out) expect(check(review)).toEqual([]);
  });
});
