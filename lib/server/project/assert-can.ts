import { AppError } from "@/lib/errors/app-error";
import { can, type ProjectAction } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

// Data functions receive the access their caller resolved once (session or
// token, membership, token binding) and check here the one action they
// perform, so a route that resolved access for viewing cannot write with it.
export function assertCan(access: ProjectAccess, action: ProjectAction): void {
  if (!can(access.role, action)) {
    throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  }
}
