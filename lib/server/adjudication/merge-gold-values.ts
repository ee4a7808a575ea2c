import type { GoldFieldsInput, GoldSource, GoldSpan, GoldValues } from "./gold-types";

/**
 * The values of a gold annotation of `kind`: the span from one place (a
 * source's span, or one the adjudicator drew), the fields from another (a
 * source's, or typed by hand). Picking one version is the case where both
 * come from the same source; merging takes them from two. Fields that do not
 * belong to the kind are cleared, so a merge can never carry a mention's
 * entity into a claim. Hand-written fields start empty: nothing is inherited
 * that the adjudicator did not choose.
 */
export function mergeGoldValues(kind: GoldSource["kind"], span: GoldSpan, fields: GoldSource | GoldFieldsInput): GoldValues {
  const isClaim = kind === "CLAIM";
  const fromSource = "id" in fields;
  return {
    kind,
    start: span.start,
    end: span.end,
    exact: span.exact,
    prefix: span.prefix,
    suffix: span.suffix,
    claimTypeId: isClaim ? (fields.claimTypeId ?? null) : null,
    statusId: isClaim ? (fields.statusId ?? null) : null,
    checkWorthiness: isClaim ? (fields.checkWorthiness ?? null) : null,
    confidence: isClaim && fromSource ? fields.confidence : null,
    entityId: isClaim ? null : (fields.entityId ?? null),
    entityTypeId: isClaim ? null : (fields.entityTypeId ?? null),
    note: fields.note ?? "",
    summary: isClaim && fromSource ? fields.summary : "",
    verdictExplanation: isClaim && fromSource ? fields.verdictExplanation : "",
  };
}
