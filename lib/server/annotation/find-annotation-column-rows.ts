import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimEntityDTO, EvidenceDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import type { AnnotationColumnRow, AnnotationColumnRows } from "@/lib/annotations/compact/annotation-column-row";
import { annotationListSql, type AnnotationListScope } from "@/lib/server/annotation/annotation-list-scope";

/**
 * One article's annotations (`scope`), in listAnnotations' order, as rows for
 * compactAnnotationRows: the fields of the DTOs, but timestamps as
 * milliseconds. For the article page at thousands of annotations, where
 * Prisma's row mapping (a Date per timestamp), the DTOs and their ISO strings
 * were most of the server's time: one flat SQL projection instead (enums as
 * text, times as numbers, the author's name joined), and beside it the few
 * entity links and live evidence, aggregated per annotation in
 * annotationDtoSelect's order, for the same annotations (same filter).
 * Not a permission boundary: `scope` must already hold the caller's rules.
 */
export async function findAnnotationColumnRows(client: DbClient, scope: AnnotationListScope): Promise<AnnotationColumnRows> {
  const listed = annotationListSql(scope);
  const [rows, links, items] = await Promise.all([
    // float8 milliseconds: timestamp(3) values are whole milliseconds, exact in a double.
    // entities/evidence start as null in every row, so filling the few that have
    // some below does not change the rows' shape.
    client.$queryRaw<AnnotationColumnRow[]>(Prisma.sql`
      SELECT a."id", a."kind"::text AS "kind", a."start", a."end", a."exact", a."prefix", a."suffix",
        a."anchorState"::text AS "anchorState", a."authorId", u."name" AS "authorName",
        a."claimTypeId", a."statusId", a."checkWorthiness", a."confidence", a."textChangedAfterVerdict",
        a."summary", a."verdictExplanation", NULL::json AS "entities", NULL::json AS "evidence",
        a."entityId", a."entityTypeId", a."note", a."reviewState"::text AS "reviewState", a."isGold", a."version",
        (extract(epoch FROM a."createdAt") * 1000)::float8 AS "createdMs",
        (extract(epoch FROM a."updatedAt") * 1000)::float8 AS "updatedMs",
        (extract(epoch FROM a."deletedAt") * 1000)::float8 AS "deletedMs"
      FROM (SELECT * FROM "Annotation" WHERE ${listed}) a
      JOIN "User" u ON u."id" = a."authorId"
      ORDER BY a."start" ASC, a."end" ASC, a."createdAt" ASC, a."id" ASC`),
    client.$queryRaw<Array<{ claimId: string; entities: ClaimEntityDTO[] }>>(Prisma.sql`
      SELECT ce."claimId",
        json_agg(json_build_object('entityId', ce."entityId", 'role', ce."role", 'mentionId', ce."mentionId")
          ORDER BY ce."role" ASC, ce."createdAt" ASC, ce."id" ASC) AS "entities"
      FROM "ClaimEntity" ce
      WHERE ce."claimId" IN (SELECT "id" FROM "Annotation" WHERE ${listed})
      GROUP BY ce."claimId"`),
    client.$queryRaw<Array<{ claimId: string; evidence: EvidenceDTO[] }>>(Prisma.sql`
      SELECT e."claimId",
        json_agg(json_build_object('id', e."id", 'url', e."url", 'title', e."title", 'stance', e."stance", 'note', e."note")
          ORDER BY e."position" ASC, e."createdAt" ASC, e."id" ASC) AS "evidence"
      FROM "Evidence" e
      WHERE e."deletedAt" IS NULL AND e."claimId" IN (SELECT "id" FROM "Annotation" WHERE ${listed})
      GROUP BY e."claimId"`),
  ]);
  if (links.length > 0 || items.length > 0) {
    const entitiesOf = new Map(links.map((link) => [link.claimId, link.entities]));
    const evidenceOf = new Map(items.map((item) => [item.claimId, item.evidence]));
    for (const row of rows) {
      row.entities = entitiesOf.get(row.id) ?? null;
      row.evidence = evidenceOf.get(row.id) ?? null;
    }
  }
  // The filter fixes both for every row.
  return { articleId: scope.articleId, revision: scope.revision, rows };
}
