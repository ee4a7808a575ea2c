import { AppError, isAppError } from "@/lib/errors/app-error";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { ImportedSpan } from "@/lib/import/annotations/types";
import { validateAnnotationSpan } from "@/lib/server/annotation/validate-annotation-span";
import type { LabelMappingChoice } from "./annotation-import-types";
import type { ImportContext } from "./load-import-context";
import type { PlannedAnnotation } from "./planned-types";
import { resolveLabelRef } from "./resolve-label-ref";
import { attributeImportedSpan, importedDate } from "./attribute-imported-span";
import { importedValuesSchema } from "./imported-values-schema";
import type { EntityResolution } from "./resolve-import-entity";

export type SpanPlan =
  | { planned: Omit<PlannedAnnotation, "id" | "links"> & { links: Array<PlannedAnnotation["links"][number] & { mentionSourceId: string | null }> }; warnings: string[] }
  | { error: string }
  | { skip: true }
  | { unknown: string[] };

/**
 * One span of a file → an annotation to create, checked as the API checks
 * one (offsets inside the text in code points, quote equal to the text, a
 * label of the right kind), with labels, status, entities and author
 * resolved. Pure apart from the resolvers it is given.
 */
export function planImportSpan(
  span: ImportedSpan,
  index: CodePointIndex,
  context: ImportContext,
  mapping: Readonly<Record<string, LabelMappingChoice>>,
  resolveEntity: (ref: string) => EntityResolution,
  fromClaimdesk: boolean,
): SpanPlan {
  const unknown: string[] = [];
  const warnings: string[] = [];
  let kind = span.kind;
  let claimTypeId: string | null = null;
  let entityTypeId: string | null = null;
  if (span.label) {
    const label = resolveLabelRef(span.label, context.labels, mapping);
    if ("skip" in label) return { skip: true };
    if ("unknown" in label) unknown.push(label.unknown);
    else if ("untypedClaim" in label) kind = kind ?? "CLAIM";
    else if (label.kind === "VERIFICATION_STATUS") return { error: `${span.item}: "${span.label.value}" is mapped to a verification status, which cannot label a span.` };
    else {
      const labelled = label.kind === "CLAIM_TYPE" ? "CLAIM" : "ENTITY_MENTION";
      if (kind && kind !== labelled) return { error: `${span.item}: the label "${span.label.value}" is mapped to a ${label.kind === "CLAIM_TYPE" ? "claim type" : "entity type"}, but the span is ${kind === "CLAIM" ? "a claim" : "an entity mention"}.` };
      kind = labelled;
      if (labelled === "CLAIM") claimTypeId = label.labelId;
      else entityTypeId = label.labelId;
    }
  }

  let statusId: string | null = span.claim ? null : context.defaultStatusId;
  if (span.claim?.status) {
    const status = resolveLabelRef(span.claim.status, context.labels, mapping);
    if ("unknown" in status) unknown.push(status.unknown);
    else if ("labelId" in status && status.kind === "VERIFICATION_STATUS") statusId = status.labelId;
    else if (!("skip" in status)) return { error: `${span.item}: the status "${span.claim.status.value}" is not mapped to a verification status.` };
  }

  let entity: PlannedAnnotation["entity"] = null;
  if (span.entityId) {
    const resolved = resolveEntity(span.entityId);
    if (resolved && "unknownType" in resolved) unknown.push(resolved.unknownType);
    else if (!resolved) warnings.push(`${span.item}: entity ${span.entityId} is not in the file or the project; imported without it.`);
    else if (entityTypeId && resolved.typeId !== entityTypeId) warnings.push(`${span.item}: the entity has another type than the mention; imported without it.`);
    else {
      entity = resolved.target;
      entityTypeId = entityTypeId ?? resolved.typeId;
    }
  }
  const links: Array<PlannedAnnotation["links"][number] & { mentionSourceId: string | null }> = [];
  for (const link of span.claim?.entities ?? []) {
    const resolved = resolveEntity(link.entityId);
    if (resolved && "unknownType" in resolved) unknown.push(resolved.unknownType);
    else if (!resolved) warnings.push(`${span.item}: linked entity ${link.entityId} is not in the file or the project; link dropped.`);
    else links.push({ entity: resolved.target, role: link.role, mentionId: null, mentionSourceId: link.mentionId });
  }
  if (unknown.length > 0) return { unknown };
  if (!kind) return { error: `${span.item}: no label, so it is neither a claim nor an entity mention.` };
  if (kind === "ENTITY_MENTION" && !entityTypeId) return { error: `${span.item}: an entity mention needs an entity type; map its label to one.` };

  let checked: { start: number; end: number; exact: string; prefix: string; suffix: string };
  try {
    if (span.end > index.length) {
      throw new AppError("BAD_REQUEST", `end (${span.end}) is past the end of the article text (${index.length} characters, counted in Unicode code points).`);
    }
    const exact = span.exact ?? index.slice(Math.min(span.start, span.end), span.end);
    checked = validateAnnotationSpan(index.text, { start: span.start, end: span.end, exact });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { error: `${span.item}: ${error.message}` };
  }
  const claim = kind === "CLAIM" ? span.claim : null;
  // The same rules as the annotation API: notes and evidence through its
  // schemas (evidence URLs http(s) only), never the file's word for it.
  const values = importedValuesSchema.safeParse({ note: span.note ?? "", evidence: claim?.evidence ?? [] });
  if (!values.success) return { error: `${span.item}: ${values.error.issues[0]?.message ?? "invalid note or evidence"}` };
  const attribution = attributeImportedSpan(span, context, fromClaimdesk);
  return {
    warnings,
    planned: {
      kind,
      ...checked,
      claimTypeId: kind === "CLAIM" ? claimTypeId : null,
      entityTypeId: kind === "ENTITY_MENTION" ? entityTypeId : null,
      statusId: kind === "CLAIM" ? statusId : null,
      entity: kind === "ENTITY_MENTION" ? entity : null,
      links: kind === "CLAIM" ? links : [],
      evidence: values.data.evidence.map(({ url, title, stance, note }) => ({ url, title, stance, note })),
      cluster: claim?.cluster ?? null,
      checkWorthiness: claim?.checkWorthiness ?? null,
      confidence: claim?.confidence ?? null,
      textChangedAfterVerdict: claim?.textChangedAfterVerdict ?? false,
      note: values.data.note,
      suggestionSource: span.suggestionSource ?? null,
      ...attribution,
      createdAt: importedDate(span.createdAt),
      updatedAt: importedDate(span.updatedAt),
    },
  };
}

