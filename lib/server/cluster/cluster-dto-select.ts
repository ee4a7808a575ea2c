import type { Prisma } from "@/lib/generated/prisma/client";

// What a ClusterDTO is built from: the cluster, its live evidence and its
// members with the claim and article each member sits in.
export const clusterDtoSelect = {
  id: true,
  projectId: true,
  title: true,
  statement: true,
  statusId: true,
  verdictExplanation: true,
  note: true,
  verdictAppliedAt: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  evidence: {
    where: { deletedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, url: true, title: true, stance: true, note: true },
  },
  members: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      annotationId: true,
      relation: true,
      note: true,
      reviewState: true,
      addedById: true,
      version: true,
      createdAt: true,
      annotation: {
        select: {
          id: true,
          articleId: true,
          start: true,
          end: true,
          exact: true,
          statusId: true,
          textChangedAfterVerdict: true,
          deletedAt: true,
          authorId: true,
          author: { select: { name: true } },
          article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true, deletedAt: true } },
        },
      },
    },
  },
} satisfies Prisma.ClaimClusterSelect;

export type ClusterDtoRow = Prisma.ClaimClusterGetPayload<{ select: typeof clusterDtoSelect }>;
