import { AppError } from "@/lib/errors/app-error";
import type { ProjectAction } from "@/lib/auth/permissions";
import { authenticateApiRequest, type ApiPrincipal } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import { readSessionClaims } from "@/lib/auth/read-session-claims";
import { sessionUserIfCurrent } from "@/lib/auth/find-session-user";
import { findSessionMembership } from "@/lib/auth/find-session-membership";
import {
  grantProjectAccess,
  isPlausibleProjectSlug,
  type ProjectAccess,
} from "@/lib/server/project/require-project-access";

// authenticateApiRequest + requireApiProjectAccess for a route under one
// project, with the same answers (401, then 404 for non-members, then 403),
// but for a browser session in ONE statement: the session check and the
// membership are read together (findSessionMembership).
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
  const row = await findSessionMembership(uid, sid, slug);
  const user = row && sessionUserIfCurrent({ ...row, revokedSessions: row.revoked ? [sid] : [] }, sv);
  if (!row || !user) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
  const principal: ApiPrincipal = { user, tokenProjectId: null, credential: { kind: "session", sessionVersion: sv, sessionId: sid } };
  const membership =
    row.role && row.projectId && row.projectSlug !== null
      ? {
          role: row.role,
          project: { id: row.projectId, slug: row.projectSlug, name: row.projectName ?? "", description: row.projectDescription ?? "", blindAnnotation: row.blindAnnotation ?? false },
        }
      : null;
  return { principal, access: grantProjectAccess(membership, user.id, action) };
}
