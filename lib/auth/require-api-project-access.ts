import { AppError } from "@/lib/errors/app-error";
import type { ProjectAction } from "@/lib/auth/permissions";
import type { ApiPrincipal } from "@/lib/auth/authenticate-api-request";
import { requireProjectAccess, type ProjectAccess } from "@/lib/server/project/require-project-access";

export async function requireApiProjectAccess(
  principal: ApiPrincipal,
  projectSlug: string,
  action: ProjectAction = "project.view",
): Promise<ProjectAccess> {
  const access = await requireProjectAccess(principal.user.id, projectSlug, action);
  if (principal.tokenProjectId && principal.tokenProjectId !== access.project.id) {
    throw new AppError("NOT_FOUND", "Project not found.");
  }
  return access;
}
