import { AppError } from "@/lib/errors/app-error";
import type { EvidenceStance } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";

type EvidenceItem = { id?: string; url: string; title: string; stance: EvidenceStance; note: string };

// Makes the claim's live evidence exactly `items`, in that order: items with
// an id update that row, items without one are added, and rows left out are
// soft-deleted (kept for the audit trail, hidden from the DTO).
export async function replaceEvidence(tx: DbClient, claimId: string, actorId: string, items: readonly EvidenceItem[]): Promise<void> {
  const live = await tx.evidence.findMany({ where: { claimId, deletedAt: null }, select: { id: true } });
  const liveIds = new Set(live.map((row) => row.id));
  items.forEach((item, index) => {
    if (item.id && !liveIds.has(item.id)) {
      throw new AppError("BAD_REQUEST", `evidence[${index}].id "${item.id}" is not evidence of this claim; leave id out to add new evidence.`);
    }
  });
  const keptIds = items.flatMap((item) => (item.id ? [item.id] : []));
  await tx.evidence.updateMany({ where: { claimId, deletedAt: null, id: { notIn: keptIds } }, data: { deletedAt: new Date() } });
  for (const [position, item] of items.entries()) {
    const fields = { url: item.url, title: item.title, stance: item.stance, note: item.note, position };
    if (item.id) await tx.evidence.update({ where: { id: item.id }, data: fields });
    else await tx.evidence.create({ data: { ...fields, claimId, createdById: actorId } });
  }
}
