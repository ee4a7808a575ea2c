import type { Prisma } from "@/lib/generated/prisma/client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";

// The API shape of an annotation plus what exports add: how many reviews it
// had and the latest decision, and its cluster membership.
export const exportAnnotationSelect = {
  ...annotationDtoSelect,
  _count: { select: { reviews: true } },
  reviews: { select: { decision: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
  clusterMember: { select: { clusterId: true, relation: true } },
} satisfies Prisma.AnnotationSelect;

export type ExportAnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof exportAnnotationSelect }>;
