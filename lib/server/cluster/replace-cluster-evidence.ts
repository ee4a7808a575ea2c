import { AppError } from "@/lib/errors/app-error";
import type { EvidenceStance } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";

type EvidenceItem = { id?: string; url: string; title: string; stance: EvidenceStance; note: string };

// Makes the cluster's live evidence exactly `items`, in that order, as
// replaceEvidence does for a claim: ids update, new items are added, rows left
// out are soft-deleted (kept for the audit trail).
export async function replaceClusterEvidence(tx: DbClient, clusterId: string, actorId: string, items: readonly EvidenceItem[]): Promise<void> {
  const live = await tx.claimClusterEvidence.findMany({ where: { clusterId, deletedAt: null }, select: { id: true } });
  const liveIds = new Set(live.map((row) => row.id));
  items.forEach((item, index) => {
    if (item.id && !liveIds.has(item.id)) {
      throw new AppError("BAD_REQUEST", `evidence[${index}].id "${item.id}" is not evidence of this cluster; leave id out to add new evidence.`);
    }
  });
  const keptIds = items.flatMap((item) => (item.id ? [item.id] : []));
  await tx.claimClusterEvidence.updateMany({ where: { clusterId, deletedAt: null, id: { notIn: keptIds } }, data: { deletedAt: new Date() } });
  for (const [position, item] of items.entries()) {
    const fields = { url: item.url, title: item.title, stance: item.stance, note: item.note, position };
    if (item.id) await tx.claimClusterEvidence.update({ where: { id: item.id }, data: fields });
    else await tx.claimClusterEvidence.create({ data: { ...fields, clusterId, createdById: actorId } });
  }
}
