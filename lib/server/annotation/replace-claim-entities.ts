import type { EntityRole } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";

type Link = { entityId: string; role: EntityRole; mentionId: string | null };

const keyOf = (link: { entityId: string; role: EntityRole }) => `${link.entityId}\u0000${link.role}`;

// Makes the claim's entity links exactly `links`. Links that stay keep their
// rows (and so their place in the role-then-age order); the others go, and
// new ones are added. Callers validate the links first.
export async function replaceClaimEntities(tx: DbClient, claimId: string, links: readonly Link[]): Promise<void> {
  const existing = await tx.claimEntity.findMany({ where: { claimId }, select: { id: true, entityId: true, role: true, mentionId: true } });
  const wanted = new Map(links.map((link) => [keyOf(link), link]));
  const stale = existing.filter((row) => !wanted.has(keyOf(row))).map((row) => row.id);
  if (stale.length > 0) await tx.claimEntity.deleteMany({ where: { id: { in: stale } } });
  for (const row of existing) {
    const link = wanted.get(keyOf(row));
    if (link && link.mentionId !== row.mentionId) {
      await tx.claimEntity.update({ where: { id: row.id }, data: { mentionId: link.mentionId } });
    }
  }
  const kept = new Set(existing.map(keyOf));
  const added = links.filter((link) => !kept.has(keyOf(link)));
  if (added.length > 0) {
    await tx.claimEntity.createMany({
      data: added.map((link) => ({ claimId, entityId: link.entityId, role: link.role, mentionId: link.mentionId })),
    });
  }
}
