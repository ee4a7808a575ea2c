import type { Prisma } from "@/lib/generated/prisma/client";

// Everything toAnnotationDTO reads, and nothing else: queries that answer
// with annotations select exactly this, so no raw row reaches a client.
// Entity links are ordered by role (the enum's order: claimant first), so a
// claim's links read the same way everywhere; evidence keeps the order the
// client sent.
export const annotationDtoSelect = {
  id: true,
  articleId: true,
  revision: true,
  kind: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorState: true,
  author: { select: { id: true, name: true } },
  claimTypeId: true,
  statusId: true,
  checkWorthiness: true,
  confidence: true,
  textChangedAfterVerdict: true,
  claimEntities: {
    select: { entityId: true, role: true, mentionId: true },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
  evidence: {
    where: { deletedAt: null },
    select: { id: true, url: true, title: true, stance: true, note: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
  entityId: true,
  entityTypeId: true,
  note: true,
  summary: true,
  verdictExplanation: true,
  reviewState: true,
  isGold: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} satisfies Prisma.AnnotationSelect;

export type AnnotationDtoRow = Prisma.AnnotationGetPayload<{ select: typeof annotationDtoSelect }>;
