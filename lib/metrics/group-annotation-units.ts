import { alignSpans } from "./align-spans";
import type { MetricSpan } from "./types";

/** What the side-by-side view and adjudication need to tell annotations apart. */
export type UnitSpan = MetricSpan & {
  authorId: string;
  statusId: string | null;
  claimTypeId: string | null;
  entityId: string | null;
  entityTypeId: string | null;
};

/**
 * How a unit's annotations differ. "missing": some annotator has no span
 * here; "boundaries": the spans present do not cover the same range;
 * "labels": they disagree on a field (claims: status or type; mentions:
 * entity or entity type). No difference means the annotators agree.
 */
export type UnitDifference = "missing" | "boundaries" | "labels";

export type AnnotationUnit<S extends UnitSpan> = {
  /** The unit's annotation ids, sorted and joined: stable while its members do not change. */
  key: string;
  kind: string;
  /** Hull of the unit's spans. */
  start: number;
  end: number;
  /** One slot per coder, in the coders' order; null where that coder has no span here. */
  spans: Array<S | null>;
  differences: UnitDifference[];
};

const LABEL_FIELDS: Record<string, ReadonlyArray<"statusId" | "claimTypeId" | "entityId" | "entityTypeId">> = {
  CLAIM: ["statusId", "claimTypeId"],
  ENTITY_MENTION: ["entityId", "entityTypeId"],
};

/**
 * Groups every annotator's annotations of one article into units of
 * overlapping spans of the same kind, at most one span per annotator (the
 * overlap alignment the agreement figures use), in text order, and says how
 * each unit's annotations differ. Spans by authors outside `coders` are
 * ignored. This is both the side-by-side view and the adjudicator's to-do list.
 */
export function groupAnnotationUnits<S extends UnitSpan>(spans: readonly S[], coders: readonly string[]): Array<AnnotationUnit<S>> {
  const byCoder = Object.fromEntries(coders.map((coder) => [coder, spans.filter((span) => span.authorId === coder)]));
  return alignSpans(byCoder, "overlap").units.map((slots) => {
    const present = slots.filter((span): span is S => span !== null);
    const first = present[0]!;
    const differences: UnitDifference[] = [];
    if (present.length < slots.length) differences.push("missing");
    if (present.some((span) => span.start !== first.start || span.end !== first.end)) differences.push("boundaries");
    const fields = LABEL_FIELDS[first.kind] ?? [];
    if (present.some((span) => fields.some((field) => (span[field] ?? null) !== (first[field] ?? null)))) differences.push("labels");
    return {
      key: present.map((span) => span.id).sort().join("+"),
      kind: first.kind,
      start: Math.min(...present.map((span) => span.start)),
      end: Math.max(...present.map((span) => span.end)),
      spans: slots,
      differences,
    };
  });
}
