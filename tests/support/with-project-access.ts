import { requireProjectAccess, type ProjectAccess } from "@/lib/server/project/require-project-access";

// Tests call data functions as a route does: resolve the person's access to
// the project once, then hand it down. As a callback, so a refusal (404 for a
// non-member) still arrives as the returned promise's rejection, where
// `expect(...).rejects` looks for it.
export async function withProjectAccess<T>(
  userId: string,
  projectSlug: string,
  run: (access: ProjectAccess) => Promise<T>,
): Promise<T> {
  return run(await requireProjectAccess(userId, projectSlug));
}
