import type { ExportAnnotation } from "./types";

export type ExportReview = {
  state: ExportAnnotation["reviewState"];
  gold: boolean;
  reviews: number;
  last_decision: ExportAnnotation["reviews"]["lastDecision"];
  last_decided_at: string | null;
};

/** An annotation's review state and history summary, as the JSON formats write it. */
export function reviewOf(annotation: ExportAnnotation): ExportReview {
  return {
    state: annotation.reviewState,
    gold: annotation.isGold,
    reviews: annotation.reviews.count,
    last_decision: annotation.reviews.lastDecision,
    last_decided_at: annotation.reviews.lastDecidedAt,
  };
}
