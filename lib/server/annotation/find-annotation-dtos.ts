import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect, type AnnotationDtoRow } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { findAnnotationRelations } from "@/lib/server/annotation/find-annotation-relations";

const { author, claimEntities: _links, evidence: _evidence, ...scalars } = annotationDtoSelect;
const NONE: never[] = [];
const rowSelect = { ...scalars, authorId: true } satisfies Prisma.AnnotationSelect;

/**
 * The annotations `where` selects, in `orderBy`'s order, as the same DTOs a
 * findMany with `annotationDtoSelect` gives, for lists of thousands (the
 * article page at 5,000). That single query has Postgres build a JSON object
 * per row for the author, entity links and evidence, which Prisma then
 * parses: most of the article page's server time. Here the rows are flat
 * and the three relations (few rows: a handful of authors, links and
 * evidence only on some claims) are read beside them, each with the same
 * `where` through its relation, so they cover exactly the same annotations.
 * Not a permission boundary: `where` must already hold the caller's rules.
 */
export async function findAnnotationDTOs(
  client: DbClient,
  where: Prisma.AnnotationWhereInput,
  orderBy: Prisma.AnnotationOrderByWithRelationInput[],
): Promise<AnnotationDTO[]> {
  const [rows, { linksOf, evidenceOf }] = await Promise.all([
    client.annotation.findMany({ where, orderBy, select: rowSelect }),
    findAnnotationRelations(client, where),
  ]);
  const authorIds = [...new Set(rows.map((row) => row.authorId))];
  const authors = new Map(
    (await client.user.findMany({ where: { id: { in: authorIds } }, select: author.select })).map((user) => [user.id, user]),
  );
  // The relations are added to each row in place, not by copying it: a
  // spread of 5,000 rows of 28 fields was the largest JS cost in the page's profile.
  // toAnnotationDTO reads only the fields it names, so the extra authorId and
  // claimId are left behind.
  return rows.map((row) => {
    const found = authors.get(row.authorId);
    // The foreign key guarantees the author; a miss would be a broken database.
    if (!found) throw new Error(`findAnnotationDTOs: annotation ${row.id} has no author ${row.authorId}`);
    const full: AnnotationDtoRow = Object.assign(row, {
      author: found,
      claimEntities: linksOf.get(row.id) ?? NONE,
      evidence: evidenceOf.get(row.id) ?? NONE,
    });
    return toAnnotationDTO(full);
  });
}
