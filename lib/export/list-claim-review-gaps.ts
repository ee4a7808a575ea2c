import { claimReviewGaps, type ClaimReviewGap } from "./claim-review-gaps";
import { claimReviewsOf } from "./claim-reviews-of";
import type { ExportDataset, ExportOptions } from "./types";

export type ClaimReviewGapItem = {
  // The review's url (the claim in its article, or the cluster page).
  url: string;
  articleId: string;
  annotationId: string;
  clusterId: string | null;
  claimReviewed: string;
  gaps: ClaimReviewGap[];
};

// Enough to act on; the page says how many more there are.
export const CLAIM_REVIEW_GAPS_SHOWN = 200;

/**
 * The ClaimReview items of an export that miss recommended properties, in
 * export order (at most CLAIM_REVIEW_GAPS_SHOWN), and how many reviews and
 * incomplete ones there are in all.
 */
export async function listClaimReviewGaps(
  dataset: ExportDataset,
  options: ExportOptions,
): Promise<{ reviews: number; incomplete: number; items: ClaimReviewGapItem[] }> {
  let reviews = 0;
  let incomplete = 0;
  const items: ClaimReviewGapItem[] = [];
  for await (const item of claimReviewsOf(dataset, options)) {
    reviews += 1;
    const gaps = claimReviewGaps(item);
    if (gaps.length === 0) continue;
    incomplete += 1;
    if (items.length >= CLAIM_REVIEW_GAPS_SHOWN) continue;
    items.push({
      url: String(item.review.url),
      articleId: item.article.id,
      annotationId: item.annotation.id,
      clusterId: item.cluster?.id ?? null,
      claimReviewed: String(item.review.claimReviewed),
      gaps,
    });
  }
  return { reviews, incomplete, items };
}
