import type { DbClient } from "@/lib/server/db-client";

/**
 * When the project's exportable data last changed: the latest change of its
 * articles, annotations (with their evidence and entity links), reviews, labels,
 * entities and clusters. Exports date
 * their payload with it instead of the clock (W3C's `generated`), so the same
 * data gives the same bytes; the manifest's `created_at` holds the clock.
 */
export async function findExportDataAsOf(db: DbClient, projectId: string): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ asOf: Date | null }>>`
    SELECT GREATEST(
      (SELECT "updatedAt" FROM "Project" WHERE id = ${projectId}),
      (SELECT max("updatedAt") FROM "Article" WHERE "projectId" = ${projectId}),
      (SELECT max("updatedAt") FROM "Annotation" WHERE "projectId" = ${projectId}),
      (SELECT max(e."updatedAt") FROM "Evidence" e JOIN "Annotation" a ON a.id = e."claimId" WHERE a."projectId" = ${projectId}),
      (SELECT max(ce."createdAt") FROM "ClaimEntity" ce JOIN "Annotation" a ON a.id = ce."claimId" WHERE a."projectId" = ${projectId}),
      (SELECT max(r."createdAt") FROM "Review" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE a."projectId" = ${projectId}),
      (SELECT max("updatedAt") FROM "Label" WHERE "projectId" = ${projectId}),
      (SELECT max("updatedAt") FROM "Entity" WHERE "projectId" = ${projectId}),
      (SELECT max("updatedAt") FROM "ClaimCluster" WHERE "projectId" = ${projectId}),
      (SELECT max(m."createdAt") FROM "ClaimClusterMember" m JOIN "ClaimCluster" c ON c.id = m."clusterId" WHERE c."projectId" = ${projectId})
    ) AS "asOf"`;
  return (row?.asOf ?? new Date(0)).toISOString();
}
