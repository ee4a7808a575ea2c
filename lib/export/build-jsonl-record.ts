import type { CodePointIndex } from "@/lib/anchoring/types";
import { annotatorOf } from "./annotator-of";
import { compareCodeUnits } from "./compare-code-units";
import type { ExportLookup } from "./create-export-lookup";
import { reviewOf } from "./review-of";
import type { ExportAnnotation, ExportArticle, ExportEntity, ExportOptions } from "./types";

/**
 * One JSONL record: an article with its text, every span (claims and entity
 * mentions), the claims' details and the entities they refer to. Keys are
 * snake_case and present on every record (null or [] when empty) so dataset
 * loaders that infer one schema from the first rows (pandas, Hugging Face
 * `datasets`) read every line alike; notes are left out entirely, not
 * blanked, when `includeNotes` is off.
 *
 * `annotations` must be the article's exportable annotations in order; span
 * text is cut from the exported text, so `text[start:end] == span.text` holds
 * by construction.
 */
export function buildJsonlRecord(
  article: ExportArticle,
  annotations: ExportAnnotation[],
  index: CodePointIndex,
  lookup: ExportLookup,
  options: ExportOptions,
): Record<string, unknown> {
  const note = (a: { note: string }) => (options.includeNotes ? { note: a.note } : {});
  const keyOf = (id: string | null) => lookup.label(id)?.key ?? null;
  const entityIds = new Set<string>();

  const spans = annotations.map((a) => {
    if (a.entityId) entityIds.add(a.entityId);
    const labels = [keyOf(a.kind === "CLAIM" ? a.claimTypeId : a.entityTypeId)].filter((k): k is string => k !== null);
    return {
      id: a.id,
      start: a.start,
      end: a.end,
      text: index.slice(a.start, a.end),
      kind: a.kind === "CLAIM" ? "claim" : "entity_mention",
      labels,
      entity_id: a.kind === "ENTITY_MENTION" ? a.entityId : null,
      annotator: annotatorOf(a, options),
      review: reviewOf(a),
      origin: a.origin === "SUGGESTION" ? "suggestion" : "human",
      suggestion_source: a.origin === "SUGGESTION" ? (a.suggestionSource ?? null) : null,
      ...note(a),
    };
  });

  const claims = annotations
    .filter((a) => a.kind === "CLAIM")
    .map((a) => {
      const status = lookup.label(a.statusId);
      const cluster = a.cluster ? lookup.cluster(a.cluster.clusterId) : null;
      for (const link of a.entities) entityIds.add(link.entityId);
      return {
        id: a.id,
        start: a.start,
        end: a.end,
        text: index.slice(a.start, a.end),
        claim_type: keyOf(a.claimTypeId),
        status: status?.key ?? null,
        rating: status?.rating ?? null,
        check_worthiness: a.checkWorthiness,
        confidence: a.confidence,
        text_changed_after_verdict: a.textChangedAfterVerdict,
        entities: a.entities.map((link) => ({ entity_id: link.entityId, role: link.role, mention_id: link.mentionId })),
        evidence: a.evidence.map((e) => ({ url: e.url, title: e.title, stance: e.stance, ...note(e) })),
        cluster: a.cluster
          ? { id: a.cluster.clusterId, relation: a.cluster.relation, title: cluster?.title ?? null, statement: cluster?.statement ?? null }
          : null,
        annotator: annotatorOf(a, options),
        review: reviewOf(a),
        ...note(a),
        created_at: a.createdAt,
        updated_at: a.updatedAt,
      };
    });

  const entities = [...entityIds]
    .map((id) => lookup.entity(id))
    .filter((e): e is ExportEntity => e !== null)
    .sort((a, b) => compareCodeUnits(a.id, b.id))
    .map((e) => ({ id: e.id, type: e.typeKey, name: e.name, aliases: e.aliases, external_id: e.externalId }));

  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    published_at: article.publishedAt,
    language: article.language,
    revision: article.revision,
    content_hash: article.contentHash,
    text: article.text,
    spans,
    claims,
    entities,
  };
}
