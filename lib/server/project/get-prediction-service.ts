import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import type { PredictionServiceSettings } from "@/lib/server/project/update-prediction-service";

/** The project's prediction service, for its owners (the URL may name an internal host). */
export async function getPredictionService(access: ProjectAccess): Promise<PredictionServiceSettings> {
  if (!can(access.role, "project.manage")) throw new AppError("FORBIDDEN", "Only the project's owners can see its prediction service.");
  const project = await db.project.findUniqueOrThrow({
    where: { id: access.project.id },
    select: { predictionServiceUrl: true, predictionModelName: true },
  });
  return { url: project.predictionServiceUrl, modelName: project.predictionModelName };
}
