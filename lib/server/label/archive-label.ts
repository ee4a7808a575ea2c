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

// Soft delete: annotations and entities keep pointing at the label and
// exports keep its key; it only stops being offered for new tags.
export async function archiveLabel(access: ProjectAccess, labelId: unknown) {
  assertCan(access, "labels.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(labelIdSchema, labelId, "Choose a label.");
  const id = data;

  return transaction(async (tx) => {
    await lockLabelSchema(tx, project.id);
    const before = await tx.label.findFirst({ where: { id, projectId: project.id } });
    if (!before) throw new AppError("NOT_FOUND", "That label does not exist in this project.");
    if (before.archivedAt) throw new AppError("CONFLICT", `"${before.name}" is already archived.`);
    const after = await tx.label.update({
      where: { id },
      data: { archivedAt: new Date(), updatedAt: nextLabelVersion(before.updatedAt) },
    });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId,
      action: "label.archive",
      entityType: "Label",
      entityId: id,
      before: labelAuditSnapshot(before),
      after: labelAuditSnapshot(after),
    });
    return after;
  });
}
