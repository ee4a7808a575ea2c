import { describe, expect, it } from "vitest";
import * as exportsRoute from "@/app/api/projects/[slug]/exports/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import type { ExportFilters } from "@/lib/export/types";
import { createDemoProject } from "./support/create-demo-project";
import { readExport } from "./support/read-export";
import { withProjectAccess } from "@/tests/support/with-project-access";

const allFilters: ExportFilters = {
  articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
  annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
};
const demoNote = "Check the casualty figure against official sources.";

// The demo's casualty claim, given a verdict as a fact-checker would.
async function demoWithRatedCasualtyClaim() {
  const demo = await createDemoProject();
  const claim = await db.annotation.findFirstOrThrow({ where: { projectId: demo.project.id, note: demoNote } });
  const rated = await db.label.findFirstOrThrow({ where: { projectId: demo.project.id, kind: "VERIFICATION_STATUS", key: "false" } });
  await db.annotation.update({ where: { id: claim.id }, data: { statusId: rated.id } });
  return { demo, claim };
}

const claimReview = (projectId: string, publishNotes?: boolean) =>
  readExport({
    scope: { projectId, filters: allFilters, blindAnnotatorId: null },
    format: "claimreview",
    options: { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org", ...(publishNotes ? { publishNotes } : {}) },
  });

type Review = { url: string; claimReviewed: string; reviewRating: { ratingExplanation?: string } };

describe("ClaimReview export of the demo data (real Postgres)", () => {
  it("a default export never publishes the internal note, and uses the public explanation and summary once set", async () => {
    const { demo, claim } = await demoWithRatedCasualtyClaim();
    const before = await claimReview(demo.project.id);
    expect(before.text).not.toContain("Check the casualty figure");
    const review = (JSON.parse(before.text) as Review[]).find((r) => r.url.endsWith(`?annotation=${claim.id}`));
    expect(review?.claimReviewed).toBe("in which around 30 Hindu tourists were killed in Jammu and Kashmir");
    expect(review?.reviewRating.ratingExplanation).toBeUndefined();

    await db.annotation.update({ where: { id: claim.id }, data: { summary: "About 30 Hindu tourists killed in Kashmir", verdictExplanation: "Officials counted 26." } });
    const after = JSON.parse((await claimReview(demo.project.id)).text) as Review[];
    const updated = after.find((r) => r.url.endsWith(`?annotation=${claim.id}`));
    expect(updated?.claimReviewed).toBe("About 30 Hindu tourists killed in Kashmir");
    expect(updated?.reviewRating.ratingExplanation).toBe("Officials counted 26.");
  });

  it("publishes the note only when the export asks for it", async () => {
    const { demo } = await demoWithRatedCasualtyClaim();
    const published = await claimReview(demo.project.id, true);
    expect(published.text).toContain(demoNote);
    // The manifest says so; a default one does not mention it.
    expect((published.manifest as unknown as { options: Record<string, unknown> }).options.publish_notes).toBe(true);
    expect((await claimReview(demo.project.id)).manifest).not.toHaveProperty("options.publish_notes");
  });
});

type Gaps = { reviews: number; incomplete: number; items: Array<{ annotationId: string; claimReviewed: string; gaps: Array<{ property: string }> }> };

describe("GET exports?format=claimreview&part=gaps (real Postgres)", () => {
  it("lists, before download, the reviews missing recommended properties, and refuses other formats", async () => {
    const { demo, claim } = await demoWithRatedCasualtyClaim();
    const token = (await withProjectAccess(demo.annotator.id, demo.project.slug, (access) => createApiToken(access, { name: "t", scope: "project", expiresIn: "30" }))).secret;
    const get = (query: string) =>
      exportsRoute.GET(
        new Request(`http://localhost/api/projects/${demo.project.slug}/exports?${query}`, { headers: { authorization: `Bearer ${token}` } }),
        { params: Promise.resolve({ slug: demo.project.slug }) },
      );
    const response = await get("format=claimreview&part=gaps");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Gaps;
    const casualty = body.items.find((i) => i.annotationId === claim.id);
    // Its article has no url and no date; the claim has no claimant, summary or public explanation.
    expect(casualty?.gaps.map((g) => g.property)).toEqual([
      "claimReviewed", "reviewRating.ratingExplanation", "itemReviewed.author", "itemReviewed.appearance.url", "itemReviewed.firstAppearance",
    ]);
    expect(body.incomplete).toBeGreaterThanOrEqual(1);
    expect(body.reviews).toBeGreaterThanOrEqual(body.incomplete);

    const refused = await get("format=jsonl&part=gaps");
    expect(refused.status).toBe(400);
  });
});
