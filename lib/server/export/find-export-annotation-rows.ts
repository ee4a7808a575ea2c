import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimEntityDTO, EvidenceDTO } from "@/lib/annotations/annotation-dto";
import type { ClusterRelationDTO } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";

export type ExportAnnotationRow = {
  id: string; articleId: string; revision: number; kind: "CLAIM" | "ENTITY_MENTION";
  start: number; end: number; exact: string; prefix: string; suffix: string; anchorState: "ANCHORED" | "ORPHANED";
  authorId: string; authorName: string;
  claimTypeId: string | null; statusId: string | null; checkWorthiness: number | null; confidence: number | null;
  textChangedAfterVerdict: boolean; entityId: string | null; entityTypeId: string | null; note: string;
  reviewState: "PENDING" | "ACCEPTED" | "REJECTED" | "CHANGES_REQUESTED"; isGold: boolean; version: number;
  // ISO 8601, as toISOString writes them.
  createdAt: string; updatedAt: string;
  entities: ClaimEntityDTO[]; evidence: EvidenceDTO[];
  reviewCount: number; lastDecision: "ACCEPT" | "REJECT" | "REQUEST_CHANGES" | null; lastDecidedAt: string | null;
  clusterId: string | null; clusterRelation: ClusterRelationDTO | null;
};

/**
 * The annotations of these articles that `where` (exportAnnotationSql)
 * selects, with everything an export writes, in one round
 * trip: entity links and evidence aggregated as JSON in the orders the API
 * uses (links by role then creation; live evidence by position), the review
 * count and latest decision, and cluster membership. One SQL statement
 * instead of the ORM's nested selects, which cost ~0.4 ms per annotation
 * (see docs/benchmarks.md, "Export").
 */
export async function findExportAnnotationRows(db: DbClient, articleIds: string[], where: Prisma.Sql): Promise<ExportAnnotationRow[]> {
  if (articleIds.length === 0) return [];
  // One json text per article: the driver converts one value per article
  // instead of thirty per annotation (its per-value cost dominated), and no
  // single message grows with the batch.
  const results = await db.$queryRaw<Array<{ rows: string }>>(Prisma.sql`
    SELECT json_agg(x)::text AS rows FROM (
    SELECT a.id, a."articleId", a.revision, a.kind, a.start, a."end", a.exact, a.prefix, a.suffix,
      a."anchorState", a."authorId", u.name AS "authorName",
      a."claimTypeId", a."statusId", a."checkWorthiness", a.confidence, a."textChangedAfterVerdict",
      a."entityId", a."entityTypeId", a.note, a."reviewState", a."isGold", a.version,
      ${iso(Prisma.sql`a."createdAt"`)} AS "createdAt", ${iso(Prisma.sql`a."updatedAt"`)} AS "updatedAt",
      COALESCE((SELECT json_agg(json_build_object('entityId', ce."entityId", 'role', ce.role, 'mentionId', ce."mentionId")
                                ORDER BY ce.role, ce."createdAt", ce.id)
                FROM "ClaimEntity" ce WHERE ce."claimId" = a.id), '[]'::json) AS entities,
      COALESCE((SELECT json_agg(json_build_object('id', e.id, 'url', e.url, 'title', e.title, 'stance', e.stance, 'note', e.note)
                                ORDER BY e.position, e."createdAt", e.id)
                FROM "Evidence" e WHERE e."claimId" = a.id AND e."deletedAt" IS NULL), '[]'::json) AS evidence,
      (SELECT count(*)::int FROM "Review" r WHERE r."annotationId" = a.id) AS "reviewCount",
      last.decision AS "lastDecision", ${iso(Prisma.sql`last."createdAt"`)} AS "lastDecidedAt",
      m."clusterId", m.relation AS "clusterRelation"
    FROM "Annotation" a
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN LATERAL (SELECT r.decision, r."createdAt" FROM "Review" r WHERE r."annotationId" = a.id
                       ORDER BY r."createdAt" DESC, r.id DESC LIMIT 1) last ON true
    LEFT JOIN "ClaimClusterMember" m ON m."annotationId" = a.id
    WHERE a."articleId" = ANY(${articleIds}::text[]) AND ${where}) x GROUP BY x."articleId"`);
  return results.flatMap((r) => JSON.parse(r.rows) as ExportAnnotationRow[]);
}

// Timestamps are stored as UTC without a zone: written exactly as
// Date.prototype.toISOString would ("2024-03-05T12:00:00.000Z").
function iso(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
