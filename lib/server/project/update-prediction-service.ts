import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { predictionServiceSchema } from "@/lib/validations/suggestion";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

export type PredictionServiceSettings = { url: string | null; modelName: string | null };

/**
 * Points the project at an HTTP prediction service (or turns it off with
 * nulls). Owners only: the server will send every article's text there, so
 * choosing where is a data-sharing decision. Audited.
 */
export async function updatePredictionService(access: ProjectAccess, input: unknown): Promise<PredictionServiceSettings> {
  if (!can(access.role, "project.manage")) throw new AppError("FORBIDDEN", "Only the project's owners can set its prediction service.");
  const data = parseInput(predictionServiceSchema, input, "Invalid prediction service.");
  const { url, modelName } = data;
  return transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({ where: { id: access.project.id }, select: { predictionServiceUrl: true, predictionModelName: true } });
    await tx.project.update({ where: { id: access.project.id }, data: { predictionServiceUrl: url, predictionModelName: modelName } });
    // Saving is also how an owner says "the model changed": stored answers go, and each article asks again.
    await tx.predictionAnswerCache.deleteMany({ where: { article: { projectId: access.project.id } } });
    await writeAuditLog(tx, {
      projectId: access.project.id,
      actorId: access.userId,
      action: "project.predictionService",
      entityType: "Project",
      entityId: access.project.id,
      before: { url: before.predictionServiceUrl, modelName: before.predictionModelName },
      after: { url, modelName },
    });
    return { url, modelName };
  });
}
