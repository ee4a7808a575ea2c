import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { can, type ProjectAction } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { requireProjectAccess, type ProjectAccess } from "@/lib/server/project/require-project-access";

// For server-rendered pages: anonymous → sign-in, non-member → 404, and a
// member without the right gets `allowed: false` so the page can explain
// instead of showing a bare error.
export async function requirePageProjectAccess(
  slug: string,
  action: ProjectAction = "project.view",
): Promise<ProjectAccess & { user: CurrentUser; allowed: boolean }> {
  const user = await requireUser();
  try {
    const access = await requireProjectAccess(user.id, slug, "project.view");
    return { ...access, user, allowed: can(access.role, action) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
