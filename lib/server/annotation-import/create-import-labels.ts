import type { Prisma } from "@/lib/generated/prisma/client";
import { labelKeyFromName } from "@/lib/validations/label";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { lockLabelSchema } from "@/lib/server/label/lock-label-schema";
import type { PlannedLabel } from "./planned-types";

const IMPORTED_COLOR = "#64748b";

/**
 * Creates the labels the user chose to create while mapping, each at the end
 * of its kind, and returns placeholder → id. A label whose key already exists
 * in that kind is reused rather than duplicated.
 */
export async function createImportLabels(tx: Prisma.TransactionClient, projectId: string, userId: string, labels: readonly PlannedLabel[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (labels.length === 0) return ids;
  await lockLabelSchema(tx, projectId);
  for (const planned of labels) {
    const key = labelKeyFromName(planned.name) || "imported";
    const existing = await tx.label.findUnique({ where: { projectId_kind_key: { projectId, kind: planned.kind, key } }, select: { id: true } });
    if (existing) {
      ids.set(planned.placeholder, existing.id);
      continue;
    }
    const last = await tx.label.aggregate({ where: { projectId, kind: planned.kind }, _max: { position: true } });
    const created = await tx.label.create({
      data: { projectId, kind: planned.kind, key, name: planned.name, color: IMPORTED_COLOR, position: (last._max.position ?? -1) + 1 },
      select: { id: true, kind: true, key: true, name: true },
    });
    await writeAuditLog(tx, { projectId, actorId: userId, action: "label.create", entityType: "Label", entityId: created.id, after: { ...created, source: "import" } });
    ids.set(planned.placeholder, created.id);
  }
  return ids;
}
