import { AppError } from "@/lib/errors/app-error";
import { labelMoveSchema } from "@/lib/validations/label";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { lockLabelSchema } from "@/lib/server/label/lock-label-schema";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Moves an active label one place up or down within its kind (the order the
// editor's pickers show). Positions are renumbered 0..n-1 on the way, since
// defaults, restores and older data may have left gaps or ties.
export async function moveLabel(access: ProjectAccess, input: unknown) {
  assertCan(access, "labels.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(labelMoveSchema, input, "Invalid move.");
  const { id, direction } = data;

  return transaction(async (tx) => {
    await lockLabelSchema(tx, project.id);
    const label = await tx.label.findFirst({ where: { id, projectId: project.id }, select: { kind: true, name: true, archivedAt: true } });
    if (!label) throw new AppError("NOT_FOUND", "That label does not exist in this project.");
    if (label.archivedAt) throw new AppError("CONFLICT", `"${label.name}" is archived; restore it before moving it.`);

    const siblings = await tx.label.findMany({
      where: { projectId: project.id, kind: label.kind, archivedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, position: true, updatedAt: true },
    });
    const from = siblings.findIndex((s) => s.id === id);
    const to = direction === "up" ? from - 1 : from + 1;
    const moving = siblings[from];
    if (!moving || to < 0 || to >= siblings.length) return; // already first or last: nothing to do
    const order = siblings.slice();
    order.splice(from, 1);
    order.splice(to, 0, moving);

    // updatedAt is kept: it is the edit form's version token, and a reorder
    // touches no field that form shows, so it should not turn a colleague's
    // open edit of a neighbouring label stale. The audit row records the move.
    for (const [position, sibling] of order.entries()) {
      if (sibling.position === position) continue;
      await tx.label.update({ where: { id: sibling.id }, data: { position, updatedAt: sibling.updatedAt } });
    }
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "label.move",
      entityType: "Label",
      entityId: id,
      before: { position: from },
      after: { position: to },
    });
  });
}
