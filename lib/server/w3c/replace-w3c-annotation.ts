import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { resolveW3cAnnotation } from "@/lib/server/w3c/resolve-w3c-annotation";

/**
 * PUT on an annotation: the W3C description replaces what it describes —
 * span, claim type, status and linked entities (claims), entity type and
 * entity (mentions) — through updateAnnotation, guarded by `version` (the
 * one the client's If-Match named), so the same rights and rules apply as
 * for PATCH. What the W3C representation does not show is kept: the internal
 * note unless a "commenting" body is sent, evidence, check-worthiness,
 * confidence, and the roles of entities that stay linked (new ones get
 * OTHER). An annotation keeps its kind and article; offsets must be on the
 * article's current revision (409 otherwise, as for a new annotation).
 */
export async function replaceW3cAnnotation(
  access: ProjectAccess,
  baseUrl: string,
  annotationId: string,
  version: number,
  body: unknown,
): Promise<AnnotationDTO> {
  const w = await resolveW3cAnnotation(db, access, baseUrl, body);
  const stored = await db.annotation.findFirst({
    where: { id: annotationId, projectId: access.project.id, deletedAt: null },
    select: { kind: true, articleId: true, article: { select: { revision: true } }, claimEntities: { select: { entityId: true, role: true, mentionId: true } } },
  });
  if (!stored) throw new AppError("NOT_FOUND", "Annotation not found.");
  if (stored.kind !== w.kind) throw new AppError("BAD_REQUEST", `This annotation is ${stored.kind === "CLAIM" ? "a claim" : "an entity mention"}: its motivation cannot change.`);
  if (stored.articleId !== w.articleId) throw new AppError("BAD_REQUEST", "An annotation cannot move to another article: its target's source must stay on the same article.");
  if (stored.article.revision !== w.revision) {
    throw new AppError("CONFLICT", `The article's text has changed (it is now revision ${stored.article.revision}; the target names revision ${w.revision}). GET the annotation again.`);
  }
  const span = { version, start: w.start, end: w.end, exact: w.exact, ...(w.note !== undefined ? { note: w.note } : {}) };
  const input =
    w.kind === "CLAIM"
      ? {
          ...span,
          claimTypeId: w.claimTypeId,
          statusId: w.statusId,
          entities: w.linkedEntityIds.flatMap((entityId) => {
            const kept = stored.claimEntities.filter((l) => l.entityId === entityId);
            return kept.length > 0 ? kept : [{ entityId, role: "OTHER" as const, mentionId: null }];
          }),
        }
      : { ...span, entityTypeId: w.entityTypeId, entityId: w.entityId };
  return updateAnnotation(access, annotationId, input);
}
