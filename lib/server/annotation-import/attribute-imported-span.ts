import type { ImportedSpan } from "@/lib/import/annotations/types";
import type { ImportContext } from "./load-import-context";
import type { PlannedAnnotation } from "./planned-types";

type Attribution = Pick<PlannedAnnotation, "authorId" | "reviewState" | "isGold" | "lastDecision" | "lastDecidedAt" | "authorReplaced" | "reviewReset">;

/**
 * Who an imported annotation belongs to and how reviewed it arrives. The
 * importer is the author and everything arrives pending, unless an owner
 * chose to keep the file's authors (only those who are members here, and
 * only from Claimdesk files, whose ids are ours) or its review states and
 * gold layer. Even then nobody's own work arrives accepted: the API refuses
 * a decision on one's own annotation, so an import does too.
 */
export function attributeImportedSpan(span: ImportedSpan, context: ImportContext, fromClaimdesk: boolean): Attribution {
  const fileAuthor = fromClaimdesk ? (span.author?.id ?? null) : null;
  const authorId = context.keepAuthors && fileAuthor !== null && context.memberIds.has(fileAuthor) ? fileAuthor : context.userId;
  const review = span.review;
  const reviewed = review !== null && (review.state !== "PENDING" || review.gold || review.lastDecision !== null);
  const keepReview = reviewed && context.keepReviewStates && authorId !== context.userId;
  return {
    authorId,
    authorReplaced: fileAuthor !== null && fileAuthor !== authorId,
    reviewState: keepReview ? review.state : "PENDING",
    isGold: keepReview ? review.gold : false,
    lastDecision: keepReview ? review.lastDecision : null,
    lastDecidedAt: keepReview ? importedDate(review.lastDecidedAt) : null,
    reviewReset: reviewed && !keepReview,
  };
}

// Times in a file that do not parse, or lie outside years 1–9999 (Postgres
// refuses some that JavaScript accepts), are dropped: the row gets the import's time.
export function importedDate(value: string | null): Date | null {
  if (value === null) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : null;
}
