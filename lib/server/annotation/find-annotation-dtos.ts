import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect, type AnnotationDtoRow } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";

const { author, claimEntities, evidence, ...scalars } = annotationDtoSelect;
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
  const [rows, links, items] = await Promise.all([
    client.annotation.findMany({ where, orderBy, select: rowSelect }),
    client.claimEntity.findMany({ where: { claim: where }, select: { ...claimEntities.select, claimId: true }, orderBy: claimEntities.orderBy }),
    client.evidence.findMany({ where: { ...evidence.where, claim: where }, select: { ...evidence.select, claimId: true }, orderBy: evidence.orderBy }),
  ]);
  const authorIds = [...new Set(rows.map((row) => row.authorId))];
  const authors = new Map(
    (await client.user.findMany({ where: { id: { in: authorIds } }, select: author.select })).map((user) => [user.id, user]),
  );
  const linksOf = groupByClaim(links);
  const evidenceOf = groupByClaim(items);
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

// Keeps each claim's items in the order the query returned them.
function groupByClaim<T extends { claimId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.claimId);
    if (group) group.push(item);
    else groups.set(item.claimId, [item]);
  }
  return groups;
}
