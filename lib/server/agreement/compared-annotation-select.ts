import type { Prisma } from "@/lib/generated/prisma/client";

// What agreement and adjudication read of an annotator's annotation: enough
// to match it, compare its fields, show it side by side, and copy it into
// the gold layer (lib/server/adjudication).
export const comparedAnnotationSelect = {
  id: true,
  articleId: true,
  kind: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  authorId: true,
  statusId: true,
  claimTypeId: true,
  entityId: true,
  entityTypeId: true,
  checkWorthiness: true,
  confidence: true,
  note: true,
  summary: true,
  verdictExplanation: true,
} satisfies Prisma.AnnotationSelect;

export type ComparedAnnotation = Prisma.AnnotationGetPayload<{ select: typeof comparedAnnotationSelect }>;
