import { AppError } from "@/lib/errors/app-error";
import { labelChangesSchema, labelKindRuleError } from "@/lib/validations/label";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { lockLabelSchema } from "@/lib/server/label/lock-label-schema";
import { assertHotkeyFree } from "@/lib/server/label/assert-hotkey-free";
import { labelAuditSnapshot } from "@/lib/server/label/label-audit-snapshot";
import { nextLabelVersion } from "@/lib/server/label/next-label-version";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Edits name, description, colour, rating or hotkey. The caller sends the
// updatedAt it last saw; if the label changed since, nothing is written and
// the owner is asked to look again rather than silently overwriting a colleague.
export async function updateLabel(access: ProjectAccess, input: unknown) {
  assertCan(access, "labels.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(labelChangesSchema, input, "Invalid label.");
  const { id, updatedAt: seen, ...changes } = data;

  return transaction(async (tx) => {
    await lockLabelSchema(tx, project.id);
    const before = await tx.label.findFirst({ where: { id, projectId: project.id } });
    if (!before) throw new AppError("NOT_FOUND", "That label does not exist in this project.");
    const stale = new AppError(
      "CONFLICT",
      `"${before.name}" was changed by someone else after you opened it, so nothing was saved. Open it again to see the current version.`,
    );
    if (before.updatedAt.getTime() !== seen.getTime()) throw stale;
    if (before.archivedAt) throw new AppError("CONFLICT", `"${before.name}" is archived; restore it before editing.`);
    const ruleError = labelKindRuleError(before.kind, changes);
    if (ruleError) throw new AppError("BAD_REQUEST", ruleError);
    if (changes.hotkey && changes.hotkey !== before.hotkey) await assertHotkeyFree(tx, project.id, changes.hotkey, id);

    const changed = (Object.keys(changes) as Array<keyof typeof changes>).some((field) => changes[field] !== before[field]);
    if (!changed) return before;

    // The version guard is in the WHERE clause so the write itself refuses a
    // stale token, whatever happened between the read above and here.
    const written = await tx.label.updateMany({
      where: { id, projectId: project.id, updatedAt: seen, archivedAt: null },
      data: { ...changes, updatedAt: nextLabelVersion(seen) },
    });
    if (written.count !== 1) throw stale;
    const after = await tx.label.findUniqueOrThrow({ where: { id } });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "label.update",
      entityType: "Label",
      entityId: id,
      before: labelAuditSnapshot(before),
      after: labelAuditSnapshot(after),
    });
    return after;
  });
}
