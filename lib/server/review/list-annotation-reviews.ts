import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { ReviewsBody } from "@/lib/review/review-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { reviewDtoSelect, toReviewDTO } from "@/lib/server/review/review-dto-select";

// The decisions on one annotation, newest first, with its review state and
// whether the person asking may add one.
export async function listAnnotationReviews(access: ProjectAccess, annotationId: string): Promise<ReviewsBody> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const annotation = await findVisibleAnnotation(access, userId, annotationId);
  const rows = await db.review.findMany({
    where: { annotationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: reviewDtoSelect,
  });
  return {
    reviewState: annotation.reviewState,
    annotationVersion: annotation.version,
    reviews: rows.map(toReviewDTO),
    canDecide: can(access.role, "reviews.decide") && annotation.authorId !== userId && !annotation.deletedAt,
  };
}
