import type { DbClient } from "@/lib/server/db-client";

export type MemberSnapshot = {
  id: string;
  clusterId: string;
  annotationId: string;
  articleId: string;
  stance: string;
  note: string;
  reviewState: string;
  reviewedById: string | null;
  addedById: string | null;
  version: number;
};

// A membership as the audit log keeps it (before/after of member changes).
export async function memberSnapshot(tx: DbClient, memberId: string): Promise<MemberSnapshot | null> {
  const row = await tx.claimClusterMember.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      clusterId: true,
      annotationId: true,
      relation: true,
      note: true,
      reviewState: true,
      reviewedById: true,
      addedById: true,
      version: true,
      annotation: { select: { articleId: true } },
    },
  });
  if (!row) return null;
  const { relation, annotation, ...rest } = row;
  return { ...rest, stance: relation, articleId: annotation.articleId };
}
