import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";

const { claimEntities, evidence } = annotationDtoSelect;

export type ClaimEntityRow = Prisma.ClaimEntityGetPayload<{ select: typeof claimEntities.select & { claimId: true } }>;
export type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidence.select & { claimId: true } }>;

/**
 * The entity links and live evidence of the annotations `where` selects, per
 * annotation id, each list in annotationDtoSelect's order. Few rows (only
 * some claims have any), read through the relation with the same `where`,
 * so they cover exactly the annotations read beside them.
 */
export async function findAnnotationRelations(
  client: DbClient,
  where: Prisma.AnnotationWhereInput,
): Promise<{ linksOf: Map<string, ClaimEntityRow[]>; evidenceOf: Map<string, EvidenceRow[]> }> {
  const [links, items] = await Promise.all([
    client.claimEntity.findMany({ where: { claim: where }, select: { ...claimEntities.select, claimId: true }, orderBy: claimEntities.orderBy }),
    client.evidence.findMany({ where: { ...evidence.where, claim: where }, select: { ...evidence.select, claimId: true }, orderBy: evidence.orderBy }),
  ]);
  return { linksOf: groupByClaim(links), evidenceOf: groupByClaim(items) };
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
