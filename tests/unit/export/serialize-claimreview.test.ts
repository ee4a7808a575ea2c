import { describe, expect, it } from "vitest";
import { serializeClaimReview } from "@/lib/export/serialize-claimreview";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

const paper = { "@type": "CreativeWork", url: "https://paper.example/b2", headline: "BBC: staff live in London", datePublished: "2024-03-01T08:00:00.000Z", inLanguage: "en" };
const news = { "@type": "CreativeWork", url: "https://news.example/a1", headline: "Staff survey, Adams says", datePublished: "2024-03-05T12:00:00.000Z", inLanguage: "en" };
const publisher = { "@type": "Organization", name: "Demo desk", url: "https://claimdesk.example.org/projects/demo" };

describe("serializeClaimReview", () => {
  it("writes a ClaimReview for each claim with a verdict (c1, c2), none for the unverified c3", async () => {
    const chunks = await collect(serializeClaimReview(smallDataset(), fixtureOptions));
    expect(chunks[0]).toBe("[\n");
    expect(chunks.at(-1)).toBe("\n]\n");
    const [c1, c2, ...rest] = JSON.parse(chunks.join("")) as unknown[];
    expect(rest).toEqual([]);
    // c1: in cluster cl1 (SAME) with c3 in the earlier art-2; the contradicting art-3 is no appearance.
    expect(c1).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claimdesk.example.org/projects/demo/articles/art-1?annotation=c1",
      claimReviewed: "42% of BBC staff live in London.",
      author: publisher,
      datePublished: "2024-03-07T09:30:00.000Z",
      // c1's internal note is not published: it has no public explanation (claimreview-public-text.test.ts).
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False", name: "False" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Douglas Adams", sameAs: "https://www.wikidata.org/wiki/Q42" },
        datePublished: "2024-03-01T08:00:00.000Z",
        appearance: [paper, news],
        firstAppearance: paper,
      },
    });
    // c2: no cluster, no claimant: its own words, its own article.
    expect(c2).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claimdesk.example.org/projects/demo/articles/art-1?annotation=c2",
      claimReviewed: "London.\n\nHe was wrong",
      author: publisher,
      datePublished: "2024-03-06T09:00:00.000Z",
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Mixed", name: "Mixed" },
      itemReviewed: { "@type": "Claim", datePublished: "2024-03-05T12:00:00.000Z", appearance: [news], firstAppearance: news },
    });
  });

  it("a cluster with a verdict of its own is one review: its statement, verdict and explanation, every agreeing member's article", async () => {
    const dataset = smallDataset();
    const [cluster] = dataset.clusters;
    if (!cluster) throw new Error("fixture");
    Object.assign(cluster, { statusId: "st-mixed", verdictExplanation: "Right city, wrong share.", note: "internal", verdictAppliedAt: "2024-03-08T10:00:00.000Z" });
    const reviews = JSON.parse((await collect(serializeClaimReview(dataset, fixtureOptions))).join("")) as Array<Record<string, unknown>>;
    // c1 and c3 (art-1, art-2) share the cluster's review, written once; c2 keeps its own.
    expect(reviews.map((r) => r.url)).toEqual([
      "https://claimdesk.example.org/projects/demo/clusters/cl1",
      "https://claimdesk.example.org/projects/demo/articles/art-1?annotation=c2",
    ]);
    expect(reviews[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claimdesk.example.org/projects/demo/clusters/cl1",
      claimReviewed: "42% of BBC staff live in London.",
      author: publisher,
      datePublished: "2024-03-08T10:00:00.000Z",
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Mixed", name: "Mixed", ratingExplanation: "Right city, wrong share." },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Douglas Adams", sameAs: "https://www.wikidata.org/wiki/Q42" },
        datePublished: "2024-03-01T08:00:00.000Z",
        // The contradicting member's art-3 is left out.
        appearance: [paper, news],
        firstAppearance: paper,
      },
    });
  });

  it("a claim that contradicts its cluster appears only in its own article, with its own words", async () => {
    const dataset = smallDataset();
    const [article] = dataset.articles as Array<{ annotations: Array<{ id: string; cluster: unknown }> }>;
    const c1 = article?.annotations.find((a) => a.id === "c1");
    if (c1) c1.cluster = { clusterId: "cl1", relation: "CONTRADICTS" };
    const [review] = JSON.parse((await collect(serializeClaimReview(dataset, fixtureOptions))).join("")) as Array<Record<string, { appearance?: unknown }>>;
    expect(review?.claimReviewed).toBe("Douglas Adams said 42% of BBC staff live in London");
    expect(review?.itemReviewed?.appearance).toEqual([news]);
  });

  it("an organisation claimant becomes an Organization; no dated appearance means no firstAppearance", async () => {
    const dataset = smallDataset();
    const [article] = dataset.articles as Array<{ publishedAt: string | null; annotations: Array<{ id: string; entities: unknown[]; cluster: unknown }> }>;
    if (!article) throw new Error("fixture");
    article.publishedAt = null;
    const c2 = article.annotations.find((a) => a.id === "c2");
    if (c2) c2.entities = [{ entityId: "ent-bbc", role: "CLAIMANT", mentionId: null }];
    const [, review] = JSON.parse((await collect(serializeClaimReview(dataset, fixtureOptions))).join("")) as Array<{ itemReviewed: Record<string, unknown> }>;
    expect(review?.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Organization", name: "BBC" },
      appearance: [{ "@type": "CreativeWork", url: "https://news.example/a1", headline: "Staff survey, Adams says", inLanguage: "en" }],
    });
  });

  it("writes an empty array when no claim has a verdict", async () => {
    expect((await collect(serializeClaimReview({ ...smallDataset(), articles: [] }, fixtureOptions))).join("")).toBe("[\n]\n");
  });
});
