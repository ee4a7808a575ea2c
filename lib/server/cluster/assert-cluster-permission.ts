import { AppError } from "@/lib/errors/app-error";
import { can, type ProjectAction } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

const messages: Partial<Record<ProjectAction, string>> = {
  "annotations.create": "Your role in this project does not allow changing clusters.",
  "reviews.decide": "Only reviewers and owners can do that.",
  "comments.create": "Your role in this project does not allow commenting.",
};

// The role check every cluster function makes for itself, whatever the route
// checked before it.
export function assertClusterPermission(access: ProjectAccess, action: ProjectAction): void {
  if (!can(access.role, action)) throw new AppError("FORBIDDEN", messages[action] ?? "Your role in this project does not allow that.");
}
