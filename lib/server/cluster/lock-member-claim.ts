import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

export type MemberClaim = {
  id: string;
  articleId: string;
  authorId: string;
  membership: { id: string; clusterId: string; version: number } | null;
};

// A claim that may join a cluster: a CLAIM of this project on a live article,
// not deleted, and visible to the person (a hidden one is NOT_FOUND, so its
// id is not confirmed). The claim row is locked, so two requests adding the
// same claim take turns and the second sees the first's membership.
export async function lockMemberClaim(tx: DbClient, projectId: string, annotationId: string, canSee: ClaimVisibility): Promise<MemberClaim> {
  const rows = await tx.$queryRaw<Array<{ id: string; articleId: string; authorId: string; kind: string; deletedAt: Date | null }>>`
    SELECT a.id, a."articleId", a."authorId", a.kind::text AS kind, a."deletedAt" FROM "Annotation" a
    JOIN "Article" ar ON ar.id = a."articleId" AND ar."deletedAt" IS NULL
    WHERE a.id = ${annotationId} AND a."projectId" = ${projectId}
    FOR UPDATE OF a`;
  const claim = rows[0];
  if (!claim || !canSee(claim)) throw new AppError("NOT_FOUND", `Claim ${annotationId} not found.`);
  if (claim.kind !== "CLAIM") throw new AppError("BAD_REQUEST", "Only claims can be members of a cluster; this annotation is an entity mention.");
  if (claim.deletedAt) throw new AppError("CONFLICT", "This claim has been deleted; restore it before adding it to a cluster.");
  const membership = await tx.claimClusterMember.findUnique({ where: { annotationId }, select: { id: true, clusterId: true, version: true } });
  return { id: claim.id, articleId: claim.articleId, authorId: claim.authorId, membership };
}
