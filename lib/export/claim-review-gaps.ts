import { CLAIM_SUMMARY_ADVISED } from "@/lib/validations/annotation";
import type { ClaimReviewItem } from "./claim-reviews-of";

export type ClaimReviewGap = {
  // The property as Google's fact-check guide names it ("itemReviewed.author").
  property: string;
  message: string;
};

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (typeof value === "object" && value !== null ? (value as Node) : {});

/**
 * What a built ClaimReview lacks of Google's recommended properties, or
 * what it holds that Google advises against, each with the fix in
 * Claimdesk's words. Read from the review itself, so it lists exactly what
 * the download will miss. Empty when nothing is missing.
 */
export function claimReviewGaps({ review, annotation, cluster }: ClaimReviewItem): ClaimReviewGap[] {
  const gaps: ClaimReviewGap[] = [];
  const claimReviewed = typeof review.claimReviewed === "string" ? review.claimReviewed : "";
  const own = cluster === null;
  if (own && annotation.summary.trim() === "" && claimReviewed === annotation.exact) {
    gaps.push({ property: "claimReviewed", message: "No summary: the quote is published as the claim reviewed. Write a short neutral summary." });
  }
  const length = Array.from(claimReviewed).length;
  if (length > CLAIM_SUMMARY_ADVISED) {
    gaps.push({
      property: "claimReviewed",
      message: `${length} characters; Google advises under about ${CLAIM_SUMMARY_ADVISED}. Shorten the ${own ? "claim's summary" : "cluster's statement"}.`,
    });
  }
  const rating = asNode(review.reviewRating);
  if (typeof rating.ratingExplanation !== "string") {
    gaps.push({
      property: "reviewRating.ratingExplanation",
      message: own ? "No public explanation of the verdict. Add one in the claim's panel." : "No public explanation of the cluster's verdict.",
    });
  }
  const item = asNode(review.itemReviewed);
  if (!("author" in item)) {
    gaps.push({ property: "itemReviewed.author", message: "No claimant: link the entity who made the claim as its claimant." });
  }
  const appearances = Array.isArray(item.appearance) ? item.appearance.map(asNode) : [];
  const withoutUrl = appearances.filter((work) => typeof work.url !== "string").map((work) => String(work.headline ?? ""));
  if (withoutUrl.length > 0) {
    gaps.push({
      property: "itemReviewed.appearance.url",
      message: `No address for ${withoutUrl.map((title) => `“${title}”`).join(", ")}: add the article's URL.`,
    });
  }
  if (!("firstAppearance" in item)) {
    gaps.push({ property: "itemReviewed.firstAppearance", message: "No dated appearance: add the articles' publication dates." });
  }
  return gaps;
}
