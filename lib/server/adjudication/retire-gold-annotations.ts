import type { DbClient } from "@/lib/server/db-client";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";

// Takes gold annotations out of the gold layer when their group is decided
// again or reopened: a soft delete like any other (restorable, audited, sent
// to open editors), so an earlier gold choice is never lost.
export async function retireGoldAnnotations(tx: DbClient, projectId: string, actorId: string, goldIds: readonly string[]): Promise<void> {
  for (const id of goldIds) {
    const before = await findAnnotationDTO(tx, projectId, id);
    if (!before || before.deletedAt) continue;
    await tx.annotation.update({ where: { id }, data: { deletedAt: new Date(), deletedById: actorId, version: { increment: 1 } } });
    const after = await findAnnotationDTO(tx, projectId, id);
    if (!after) throw new Error(`Gold annotation ${id} vanished inside the transaction that retired it.`);
    await recordAnnotationChange(tx, { projectId, actorId, action: "annotation.delete", before, after });
  }
}
