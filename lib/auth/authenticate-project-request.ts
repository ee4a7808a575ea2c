import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAction } from "@/lib/auth/permissions";
import { authenticateApiRequest, type ApiPrincipal } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { readSessionClaims } from "@/lib/auth/read-session-claims";
import { sessionUserIfCurrent, sessionUserSelect } from "@/lib/auth/find-session-user";
import {
  grantProjectAccess,
  isPlausibleProjectSlug,
  membershipAccessSelect,
  type ProjectAccess,
} from "@/lib/server/project/require-project-access";

// authenticateApiRequest + requireApiProjectAccess for a route under one
// project, with the same answers (401, then 404 for non-members, then 403),
// but for a browser session in ONE statement: the session check and the
// membership are read together (Prisma joins the relations into one query).
// Two round trips per request were a fifth of a write cycle's statements
// (docs/benchmarks.md, "Framework floor and round 3 cuts"). Nothing is
// cached: each request sees the rights committed before it.
// API tokens take the two-step path (their lookup is keyed by the token).
export async function authenticateProjectRequest(
  request: Request,
  projectSlug: string,
  action: ProjectAction = "project.view",
): Promise<{ principal: ApiPrincipal; access: ProjectAccess }> {
  if (request.headers.get("authorization")?.startsWith("Bearer ")) {
    const principal = await authenticateApiRequest(request);
    return { principal, access: await requireApiProjectAccess(principal, projectSlug, action) };
  }
  const claims = await readSessionClaims();
  const { uid, sv, sid } = claims ?? {};
  if (!uid || typeof sv !== "number" || !sid) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
  const slug = isPlausibleProjectSlug(projectSlug) ? projectSlug : null;
  const row = await db.user.findUnique({
    where: { id: uid },
    select: {
      ...sessionUserSelect(sid),
      // No plausible slug: an empty list, still in the same statement.
      memberships: { where: slug ? { project: { slug, deletedAt: null } } : { id: { in: [] } }, select: membershipAccessSelect, take: 1 },
    },
  });
  const user = sessionUserIfCurrent(row, sv);
  if (!row || !user) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
  const principal: ApiPrincipal = { user, tokenProjectId: null, credential: { kind: "session", sessionVersion: sv, sessionId: sid } };
  return { principal, access: grantProjectAccess(row.memberships[0] ?? null, user.id, action) };
}
