import { AppError } from "@/lib/errors/app-error";
import { labelKeyFromName, labelKindNames, newLabelSchema } from "@/lib/validations/label";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { lockLabelSchema } from "@/lib/server/label/lock-label-schema";
import { assertHotkeyFree } from "@/lib/server/label/assert-hotkey-free";
import { labelAuditSnapshot } from "@/lib/server/label/label-audit-snapshot";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Adds a label at the end of its kind. The key is derived from the name
// unless given, and is fixed from then on: exports and the API name labels by it.
export async function createLabel(access: ProjectAccess, input: unknown) {
  assertCan(access, "labels.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(newLabelSchema, input, "Invalid label.");
  const { kind, name, description, color } = data;
  const rating = data.rating ?? null;
  const hotkey = data.hotkey ?? null;
  const key = data.key ?? labelKeyFromName(name);
  if (!key) {
    throw new AppError("BAD_REQUEST", "The name has no Latin letters or digits to make a key from; enter a key such as rumour_type.");
  }

  return transaction(async (tx) => {
    await lockLabelSchema(tx, project.id);
    // Archived labels keep their key (old annotations and exports use it).
    const clash = await tx.label.findUnique({
      where: { projectId_kind_key: { projectId: project.id, kind, key } },
      select: { name: true, archivedAt: true },
    });
    if (clash) {
      const where = clash.archivedAt ? " among the archived labels; restore it instead, or" : ";";
      throw new AppError(
        "CONFLICT",
        `The key "${key}" is already used by the ${labelKindNames[kind].one} "${clash.name}"${where} choose a different name or key.`,
      );
    }
    if (hotkey) await assertHotkeyFree(tx, project.id, hotkey);

    const last = await tx.label.aggregate({ where: { projectId: project.id, kind, archivedAt: null }, _max: { position: true } });
    const label = await tx.label.create({
      data: { projectId: project.id, kind, key, name, description, color, rating, hotkey, position: (last._max.position ?? -1) + 1 },
    });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "label.create",
      entityType: "Label",
      entityId: label.id,
      after: labelAuditSnapshot(label),
    });
    return label;
  });
}
