import { requireUser } from "@/lib/auth/current-user";
import { requireProjectAccess, type ProjectAccess } from "@/lib/server/project/require-project-access";

// For server actions (public POST endpoints): anonymous → sign-in, non-member
// → NOT_FOUND. Resolves access once; the data function it is handed to checks
// the action it performs.
export async function requireActionProjectAccess(projectSlug: string): Promise<ProjectAccess> {
  const user = await requireUser();
  return requireProjectAccess(user.id, projectSlug);
}
