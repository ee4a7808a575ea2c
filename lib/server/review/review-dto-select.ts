import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewDTO } from "@/lib/review/review-dto";

export const reviewDtoSelect = {
  id: true,
  decision: true,
  comment: true,
  annotationVersion: true,
  createdAt: true,
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.ReviewSelect;

type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewDtoSelect }>;

export function toReviewDTO(row: ReviewRow): ReviewDTO {
  return {
    id: row.id,
    decision: row.decision,
    comment: row.comment,
    annotationVersion: row.annotationVersion,
    reviewer: { id: row.reviewer.id, name: row.reviewer.name },
    createdAt: row.createdAt.toISOString(),
  };
}
