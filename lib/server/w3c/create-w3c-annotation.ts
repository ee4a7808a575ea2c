import { db } from "@/lib/db";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { resolveW3cAnnotation } from "@/lib/server/w3c/resolve-w3c-annotation";

/**
 * POST to the container: a W3C annotation becomes a Claimdesk annotation
 * through createAnnotation, so the same rights, validation (span against the
 * text, labels of the right kind, usable entities), audit row and feed event
 * apply as for the JSON API. Linked entities get the role OTHER (the model
 * has no place for roles); a claim without a status body gets the project's
 * default status, as in the editor.
 */
export async function createW3cAnnotation(access: ProjectAccess, baseUrl: string, body: unknown): Promise<AnnotationDTO> {
  const w = await resolveW3cAnnotation(db, access, baseUrl, body);
  const span = { revision: w.revision, start: w.start, end: w.end, exact: w.exact, ...(w.note !== undefined ? { note: w.note } : {}) };
  const input =
    w.kind === "CLAIM"
      ? {
          kind: w.kind,
          ...span,
          ...(w.claimTypeId ? { claimTypeId: w.claimTypeId } : {}),
          ...(w.statusId ? { statusId: w.statusId } : {}),
          entities: w.linkedEntityIds.map((entityId) => ({ entityId, role: "OTHER" as const, mentionId: null })),
        }
      : { kind: w.kind, ...span, entityTypeId: w.entityTypeId, entityId: w.entityId };
  return createAnnotation(access, w.articleId, input);
}
