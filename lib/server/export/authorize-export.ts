import type { ApiPrincipal } from "@/lib/auth/authenticate-api-request";
import { requireApiProjectAccess } from "@/lib/auth/require-api-project-access";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ExportScope } from "@/lib/server/export/export-scope";
import type { ExportRequest } from "@/lib/validations/export";

export type AuthorizedExport = {
  scope: ExportScope;
  project: { id: string; slug: string; name: string };
  role: Role;
  includeNotes: boolean;
  publishNotes: boolean;
  pseudonymise: boolean;
};

/**
 * Who may export what. Every member may export (`dataset.export`), within
 * what they may see:
 * - viewers get annotator names pseudonymised whatever they ask: they read
 *   the data but are not part of the team whose names it holds;
 * - in a blind-annotation project an annotator's export holds colleagues'
 *   annotations only on articles where their own assignment is submitted,
 *   as in the editor;
 * - an API token bound to another project finds nothing (404).
 */
export async function authorizeExport(principal: ApiPrincipal, projectSlug: string, request: ExportRequest): Promise<AuthorizedExport> {
  const { project, role } = await requireApiProjectAccess(principal, projectSlug, "dataset.export");
  return exportAuthorization({ project, role, userId: principal.user.id }, request);
}

/** The same rules for an access already checked for `dataset.export` (a background export checks it again when it runs). */
export function exportAuthorization(
  access: { project: AuthorizedExport["project"] & { blindAnnotation: boolean }; role: Role; userId: string },
  request: ExportRequest,
): AuthorizedExport {
  const { project, role } = access;
  return {
    scope: {
      projectId: project.id,
      filters: request.filters,
      blindAnnotatorId: project.blindAnnotation && role === "ANNOTATOR" ? access.userId : null,
    },
    project: { id: project.id, slug: project.slug, name: project.name },
    role,
    includeNotes: request.includeNotes,
    // Notes left out of the export are not published either.
    publishNotes: request.includeNotes && request.publishNotes,
    pseudonymise: role === "VIEWER" ? true : request.pseudonymise,
  };
}
