import type { AnnotationDTO, CreateAnnotationInput } from "@/lib/annotations/annotation-dto";
import { isLocalId } from "./local-annotation-id";
import { toWirePatch } from "./to-wire-patch";

/** The POST body that creates `annotation` as the person currently sees it. */
export function createInputOf(annotation: AnnotationDTO): CreateAnnotationInput {
  const base: CreateAnnotationInput = {
    kind: annotation.kind,
    revision: annotation.revision,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    note: annotation.note,
    ...(annotation.suggestion ? { suggestion: annotation.suggestion } : {}),
  };
  if (annotation.kind === "ENTITY_MENTION") {
    return { ...base, entityId: annotation.entityId, entityTypeId: annotation.entityTypeId };
  }
  const { evidence } = toWirePatch({ evidence: annotation.evidence });
  return {
    ...base,
    claimTypeId: annotation.claimTypeId,
    statusId: annotation.statusId,
    checkWorthiness: annotation.checkWorthiness,
    confidence: annotation.confidence,
    summary: annotation.summary,
    verdictExplanation: annotation.verdictExplanation,
    // A mention still being created has no id the server knows yet.
    entities: annotation.entities.map((link) => (isLocalId(link.mentionId) ? { ...link, mentionId: null } : link)),
    evidence: (evidence ?? []).map(({ id: _id, ...item }) => item),
  };
}
