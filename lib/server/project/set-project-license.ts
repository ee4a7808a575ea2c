import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { datasetLicenseSchema } from "@/lib/validations/dataset-license";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

const inputSchema = z.strictObject(
  { license: datasetLicenseSchema },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { license }.") },
);

/**
 * The license the project's dataset is released under (an SPDX id from
 * `datasetLicenses`, or null for none chosen), stated by every export's
 * dataset card. Owners only: it is a promise to whoever downloads the data.
 * Audited in the same transaction.
 */
export async function setProjectLicense(access: ProjectAccess, input: unknown): Promise<{ license: string | null }> {
  if (!can(access.role, "project.manage")) throw new AppError("FORBIDDEN", "Only owners choose the dataset's license.");
  const data = parseInput(inputSchema, input, "Invalid license.");
  const { project, userId: actorId } = access;
  return transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { license: true } });
    const after = await tx.project.update({ where: { id: project.id }, data: { license: data.license }, select: { license: true } });
    await writeAuditLog(tx, { projectId: project.id, actorId, action: "project.license", entityType: "Project", entityId: project.id, before, after });
    return after;
  });
}
