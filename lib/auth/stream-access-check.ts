import { isAppError } from "@/lib/errors/app-error";
import type { ApiPrincipal } from "@/lib/auth/authenticate-api-request";
import { isPrincipalCurrent } from "@/lib/auth/is-principal-current";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/**
 * What an open event stream asks again while it runs: does the credential it
 * was opened with still hold, and is the person still a member of the project
 * with the same role? A changed role ends the stream too: what it may show
 * (blind annotation) was decided with the old one, and the client reconnects.
 */
export function streamAccessCheck(principal: ApiPrincipal, access: ProjectAccess): () => Promise<boolean> {
  return async () => {
    if (!(await isPrincipalCurrent(principal))) return false;
    try {
      const now = await requireApiProjectAccess(principal, access.project.slug);
      return now.project.id === access.project.id && now.role === access.role;
    } catch (error) {
      if (isAppError(error)) return false;
      throw error;
    }
  };
}
