import { claimReviewsOf } from "./claim-reviews-of";
import { toJsonLine } from "./to-json-line";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * A JSON array of schema.org ClaimReview objects, one per line, one per claim
 * with a verdict (one per cluster for claims its verdict reviews). Each carries its own "@context", so any item can be pasted
 * into a page's <script type="application/ld+json"> as it is.
 */
export async function* serializeClaimReview(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  yield "[\n";
  let first = true;
  for await (const { review } of claimReviewsOf(dataset, options)) {
    yield first ? toJsonLine(review) : `,\n${toJsonLine(review)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
