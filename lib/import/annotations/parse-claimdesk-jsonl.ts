import { claimdeskJsonlRecordSchema, type ClaimdeskJsonlRecord } from "./claimdesk-jsonl-schema";
import { splitJsonlLines } from "./split-jsonl-lines";
import type { ImportedEntity, ImportedReview, ImportedSpan, ParsedAnnotationFile, ParsedItem } from "./types";

/**
 * Claimdesk JSONL (lib/export/serialize-jsonl.ts), one article per line with
 * its text, spans, claim details and entities: everything needed to rebuild
 * the articles and annotations in another project. Entities are gathered
 * across lines (the first definition of an id wins).
 */
export function parseClaimdeskJsonl(content: string): ParsedAnnotationFile {
  const entities = new Map<string, ImportedEntity>();
  const items = splitJsonlLines(content).map(({ line, text }): ParsedItem => {
    const item = `line ${line}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { item, error: `Line ${line} is not valid JSON.` };
    }
    const parsed = claimdeskJsonlRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { item, error: `Line ${line}: ${issue ? `${issue.path.join(".") || "record"}: ${issue.message}` : "not a Claimdesk JSONL record"}.` };
    }
    const record = parsed.data;
    for (const e of record.entities) {
      if (!entities.has(e.id)) entities.set(e.id, { id: e.id, type: e.type, name: e.name, aliases: e.aliases, externalId: e.external_id });
    }
    return {
      parsed: {
        item,
        article: {
          id: record.id,
          url: record.url,
          text: record.text,
          title: record.title,
          outlet: record.outlet,
          author: record.author,
          publishedAt: record.published_at,
          language: record.language,
          revision: record.revision,
        },
        spans: record.spans.map((span) => toSpan(record, span, item)),
        warnings: [],
      },
    };
  });
  return { format: "claimdesk-jsonl", items, entities: [...entities.values()] };
}

function toSpan(record: ClaimdeskJsonlRecord, span: ClaimdeskJsonlRecord["spans"][number], item: string): ImportedSpan {
  const claim = span.kind === "claim" ? record.claims.find((c) => c.id === span.id) : undefined;
  const label = span.labels[0];
  return {
    item: `${item}, span ${span.id}`,
    sourceId: span.id,
    kind: span.kind === "claim" ? "CLAIM" : "ENTITY_MENTION",
    start: span.start,
    end: span.end,
    exact: span.text,
    label: label === undefined ? null : { namespace: span.kind === "claim" ? "CLAIM_TYPE" : "ENTITY_TYPE", value: label },
    entityId: span.entity_id,
    claim: claim
      ? {
          status: claim.status === null ? null : { namespace: "VERIFICATION_STATUS", value: claim.status },
          checkWorthiness: claim.check_worthiness,
          confidence: claim.confidence,
          textChangedAfterVerdict: claim.text_changed_after_verdict,
          entities: claim.entities.map((l) => ({ entityId: l.entity_id, role: l.role, mentionId: l.mention_id })),
          evidence: claim.evidence.map((e) => ({ url: e.url, title: e.title, stance: e.stance, note: e.note ?? "" })),
          cluster: claim.cluster,
        }
      : null,
    note: span.note ?? null,
    suggestionSource: span.origin === "suggestion" ? span.suggestion_source || "unknown" : null,
    author: span.annotator,
    review: toReview(span.review),
    createdAt: claim?.created_at ?? null,
    updatedAt: claim?.updated_at ?? null,
  };
}

function toReview(review: ClaimdeskJsonlRecord["spans"][number]["review"]): ImportedReview {
  return { state: review.state, gold: review.gold, lastDecision: review.last_decision, lastDecidedAt: review.last_decided_at };
}
