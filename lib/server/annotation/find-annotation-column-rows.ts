import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import type { AnnotationColumnRow } from "@/lib/annotations/compact/annotation-column-row";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { annotationListSql, annotationListWhere, type AnnotationListScope } from "@/lib/server/annotation/annotation-list-scope";
import { findAnnotationRelations } from "@/lib/server/annotation/find-annotation-relations";

type ScalarRow = Omit<AnnotationColumnRow, "author" | "entities" | "evidence"> & { authorId: string };

const NONE: never[] = [];

/**
 * One article's annotations (`scope`), in listAnnotations' order, as rows for
 * compactAnnotationRows: the same fields as the DTOs, but timestamps as
 * milliseconds. For the article page at thousands of annotations, where
 * Prisma's row mapping (a Date per timestamp), the DTOs and the Dates' ISO
 * strings were most of the server's time: one SQL projection instead, with
 * enums as text and times as numbers, and the few relations read beside it
 * through the same filter (findAnnotationRelations). Not a permission
 * boundary: `scope` must already hold the caller's rules.
 */
export async function findAnnotationColumnRows(client: DbClient, scope: AnnotationListScope): Promise<AnnotationColumnRow[]> {
  const [rows, { linksOf, evidenceOf }] = await Promise.all([
    // float8 milliseconds: timestamp(3) values are whole milliseconds, exact in a double.
    client.$queryRaw<ScalarRow[]>(Prisma.sql`
      SELECT "id", "articleId", "revision", "kind"::text AS "kind", "start", "end", "exact", "prefix", "suffix",
        "anchorState"::text AS "anchorState", "authorId", "claimTypeId", "statusId", "checkWorthiness", "confidence",
        "textChangedAfterVerdict", "summary", "verdictExplanation", "entityId", "entityTypeId", "note",
        "reviewState"::text AS "reviewState", "isGold", "version",
        (extract(epoch FROM "createdAt") * 1000)::float8 AS "createdMs",
        (extract(epoch FROM "updatedAt") * 1000)::float8 AS "updatedMs",
        (extract(epoch FROM "deletedAt") * 1000)::float8 AS "deletedMs"
      FROM "Annotation"
      WHERE ${annotationListSql(scope)}
      ORDER BY "start" ASC, "end" ASC, "createdAt" ASC, "id" ASC`),
    findAnnotationRelations(client, annotationListWhere(scope)),
  ]);
  const authorIds = [...new Set(rows.map((row) => row.authorId))];
  const authors = new Map(
    (await client.user.findMany({ where: { id: { in: authorIds } }, select: annotationDtoSelect.author.select })).map((user) => [user.id, user]),
  );
  // Completed in place, as findAnnotationDTOs does: a copy of 5,000 rows is measurable.
  return rows.map((row) => {
    const author = authors.get(row.authorId);
    // The foreign key guarantees the author; a miss would be a broken database.
    if (!author) throw new Error(`findAnnotationColumnRows: annotation ${row.id} has no author ${row.authorId}`);
    const links = linksOf.get(row.id);
    const items = evidenceOf.get(row.id);
    return Object.assign(row, {
      author,
      entities: links ? links.map((link) => ({ entityId: link.entityId, role: link.role, mentionId: link.mentionId })) : NONE,
      evidence: items ? items.map((item) => ({ id: item.id, url: item.url, title: item.title, stance: item.stance, note: item.note })) : NONE,
    });
  });
}
