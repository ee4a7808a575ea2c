import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimEntityDTO, EvidenceDTO } from "@/lib/annotations/annotation-dto";
import type { ClusterRelationDTO, ExportAnnotation, ExportReviewSummary } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import { queryWithoutJit } from "@/lib/server/export/query-without-jit";

// One annotation as the query sends it: the columns in the order of the
// SELECT below, without keys (a third of the bytes to build and parse).
// toExportAnnotation reads it.
export type ExportAnnotationTuple = [
  id: string, revision: number, kind: ExportAnnotation["kind"], start: number, end: number, exact: string, prefix: string, suffix: string,
  anchorState: ExportAnnotation["anchorState"], authorId: string, claimTypeId: string | null, statusId: string | null,
  checkWorthiness: number | null, confidence: number | null, textChangedAfterVerdict: boolean, entityId: string | null, entityTypeId: string | null,
  note: string, reviewState: ExportAnnotation["reviewState"], isGold: boolean, version: number,
  // ISO 8601, as toISOString writes them.
  createdAt: string, updatedAt: string,
  links: Array<[entityId: string, role: ClaimEntityDTO["role"], mentionId: string | null]> | null,
  evidence: Array<[id: string, url: string, title: string, stance: EvidenceDTO["stance"], note: string]> | null,
  reviewCount: number | null, lastDecision: ExportReviewSummary["lastDecision"], lastDecidedAt: string | null,
  clusterId: string | null, clusterRelation: ClusterRelationDTO | null, authorName: string,
  origin: "HUMAN" | "SUGGESTION", suggestionSource: string | null, summary: string, verdictExplanation: string,
];

/**
 * The annotations of these articles that `where` (exportAnnotationSql, on
 * `"Annotation" a`) selects, by article id, with everything an export writes, in one round
 * trip: entity links and evidence (claims only) aggregated in the orders the
 * API uses (links by role then creation; live evidence by position), the
 * review count and latest decision, and cluster membership.
 *
 * Shaped for speed (docs/benchmarks.md, "Export"): one JSON text per article,
 * so the driver converts one value per article instead of thirty per
 * annotation; each annotation a JSON array rather than an object, which
 * Postgres builds and V8 parses in about half the time; reviews aggregated
 * once per batch and joined, instead of two subqueries per annotation.
 */
export async function findExportAnnotationRows(db: DbClient, articleIds: string[], where: Prisma.Sql): Promise<Map<string, ExportAnnotationTuple[]>> {
  if (articleIds.length === 0) return new Map();
  const results = await queryWithoutJit<{ articleId: string; rows: string }>(db, Prisma.sql`
    SELECT a."articleId", json_agg(json_build_array(
      a.id, a.revision, a.kind, a.start, a."end", a.exact, a.prefix, a.suffix, a."anchorState", a."authorId",
      a."claimTypeId", a."statusId", a."checkWorthiness", a.confidence, a."textChangedAfterVerdict", a."entityId", a."entityTypeId",
      a.note, a."reviewState", a."isGold", a.version, ${iso(Prisma.sql`a."createdAt"`)}, ${iso(Prisma.sql`a."updatedAt"`)},
      links.list, evidence.list, reviews.count, reviews.decision, ${iso(Prisma.sql`reviews.at`)}, m."clusterId", m.relation, u.name,
      a.origin, a."suggestionSource", a.summary, a."verdictExplanation"))::text AS rows
    FROM "Annotation" a
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN LATERAL (SELECT json_agg(json_build_array(ce."entityId", ce.role, ce."mentionId") ORDER BY ce.role, ce."createdAt", ce.id) AS list
                       FROM "ClaimEntity" ce WHERE ce."claimId" = a.id) links ON a.kind = 'CLAIM'
    LEFT JOIN LATERAL (SELECT json_agg(json_build_array(e.id, e.url, e.title, e.stance, e.note) ORDER BY e.position, e."createdAt", e.id) AS list
                       FROM "Evidence" e WHERE e."claimId" = a.id AND e."deletedAt" IS NULL) evidence ON a.kind = 'CLAIM'
    LEFT JOIN (SELECT r."annotationId", count(*)::int AS count,
                      (array_agg(r.decision ORDER BY r."createdAt" DESC, r.id DESC))[1] AS decision, max(r."createdAt") AS at
               FROM "Review" r JOIN "Annotation" reviewed ON reviewed.id = r."annotationId"
               WHERE reviewed."articleId" = ANY(${articleIds}::text[])
               GROUP BY r."annotationId") reviews ON reviews."annotationId" = a.id
    LEFT JOIN "ClaimClusterMember" m ON m."annotationId" = a.id
    WHERE a."articleId" = ANY(${articleIds}::text[]) AND ${where}
    GROUP BY a."articleId"`);
  return new Map(results.map(({ articleId, rows }) => [articleId, JSON.parse(rows) as ExportAnnotationTuple[]]));
}

// Timestamps are stored as UTC without a zone: written exactly as
// Date.prototype.toISOString would ("2024-03-05T12:00:00.000Z").
function iso(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
