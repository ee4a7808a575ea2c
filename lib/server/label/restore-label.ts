import { AppError } from "@/lib/errors/app-error";
import { labelIdSchema } from "@/lib/validations/label";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { lockLabelSchema } from "@/lib/server/label/lock-label-schema";
import { labelAuditSnapshot } from "@/lib/server/label/label-audit-snapshot";
import { nextLabelVersion } from "@/lib/server/label/next-label-version";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Brings an archived label back at the end of its kind. If its hotkey went to
// another entity type meanwhile, it comes back without one rather than being
// refused: the owner can pick a free digit afterwards, and `clearedHotkey`
// says which one was dropped so the editor can tell them.
export async function restoreLabel(access: ProjectAccess, labelId: unknown) {
  assertCan(access, "labels.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(labelIdSchema, labelId, "Choose a label.");
  const id = data;

  return transaction(async (tx) => {
    await lockLabelSchema(tx, project.id);
    const before = await tx.label.findFirst({ where: { id, projectId: project.id } });
    if (!before) throw new AppError("NOT_FOUND", "That label does not exist in this project.");
    if (!before.archivedAt) throw new AppError("CONFLICT", `"${before.name}" is not archived.`);

    const hotkeyHolder = before.hotkey
      ? await tx.label.findFirst({
          where: { projectId: project.id, kind: "ENTITY_TYPE", hotkey: before.hotkey, archivedAt: null },
          select: { name: true },
        })
      : null;
    const last = await tx.label.aggregate({ where: { projectId: project.id, kind: before.kind, archivedAt: null }, _max: { position: true } });
    const after = await tx.label.update({
      where: { id },
      data: {
        archivedAt: null,
        position: (last._max.position ?? -1) + 1,
        ...(hotkeyHolder ? { hotkey: null } : {}),
        updatedAt: nextLabelVersion(before.updatedAt),
      },
    });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "label.restore",
      entityType: "Label",
      entityId: id,
      before: labelAuditSnapshot(before),
      after: labelAuditSnapshot(after),
    });
    return { label: after, clearedHotkey: hotkeyHolder ? { hotkey: before.hotkey, takenBy: hotkeyHolder.name } : null };
  });
}
