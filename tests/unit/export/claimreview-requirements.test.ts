import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializeClaimReview } from "@/lib/export/serialize-claimreview";
import { collect } from "./fixtures/collect";
import { createSchemaorgChecker } from "./fixtures/schemaorg-vocabulary";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";
import { validatorPath } from "./fixtures/validators-dir";

const requirements = validatorPath("claimreview", "google-claimreview-requirements.json");
const slice = validatorPath("claimreview", "schemaorg-v30.0-claimreview-slice.jsonld");
const present = requirements.present && slice.present;

type Requirements = { types: Record<string, { required: Array<{ property: string }>; recommended: Array<{ property: string }> }> };
type Node = Record<string, unknown>;

async function reviews(options = fixtureOptions): Promise<Node[]> {
  return JSON.parse((await collect(serializeClaimReview(smallDataset(), options))).join("")) as Node[];
}

// The nodes of each type the requirements name, found where Google looks for them.
function nodesByType(review: Node): Record<string, Node> {
  return { ClaimReview: review, Claim: review.itemReviewed as Node, Rating: review.reviewRating as Node };
}

describe.runIf(!present)("ClaimReview against Google's requirements and the schema.org slice", () => {
  it("are absent: nothing to check", () => {
    console.warn(`validators absent: ${requirements.path} or ${slice.path} not found; ClaimReview requirement checks not run`);
    expect(present).toBe(false);
  });
});

describe.skipIf(!present)("ClaimReview against Google's requirements and the schema.org slice", () => {
  const table = present ? (JSON.parse(readFileSync(requirements.path, "utf8")) as Requirements) : { types: {} };
  const check = present ? createSchemaorgChecker(slice.path) : () => [];

  it("every review carries every required property (ClaimReview, Claim, Rating)", async () => {
    const items = await reviews();
    expect(items).toHaveLength(2);
    for (const review of items) {
      const nodes = nodesByType(review);
      for (const [type, { required }] of Object.entries(table.types)) {
        for (const { property } of required) expect(nodes[type], `${type}.${property}`).toHaveProperty(property);
      }
    }
  });

  it("a review whose data has everything carries every recommended property too", async () => {
    const nodes = nodesByType((await reviews())[0] as Node);
    const missing = Object.entries(table.types).flatMap(([type, { recommended }]) =>
      recommended.map(({ property }) => `${type}.${property}`).filter((name) => !(name.split(".")[1] as string in (nodes[type] as Node))),
    );
    expect(missing).toEqual([]);
  });

  it("uses only properties schema.org defines for each type, with values in their ranges", async () => {
    for (const review of await reviews()) expect(check(review)).toEqual([]);
    for (const review of await reviews({ ...fixtureOptions, includeNotes: false })) expect(check(review)).toEqual([]);
  });

  it("the checker is not vacuous: it rejects a property schema.org lacks or puts elsewhere", async () => {
    const review = (await reviews())[0] as Node;
    expect(check({ ...review, publisher: { "@type": "Organization", name: "x" } })).toEqual([expect.stringContaining("publisher")]);
    expect(check({ ...review, reviewRating: { ...(review.reviewRating as Node), claimReviewed: "x" } })).toEqual([
      "$.reviewRating.claimReviewed: not defined on Rating",
    ]);
    expect(check({ ...review, itemReviewed: { ...(review.itemReviewed as Node), author: { "@type": "Rating" } } })).not.toEqual([]);
  });
});
