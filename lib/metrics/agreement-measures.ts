import type { MatchMode, MetricSpan, SpanCounts } from "./types";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

// What one article (or a whole project, pooled) contributes to the agreement
// figures, kept as raw counts and label lists rather than finished scores so
// that per-project figures are pooled exactly (micro-averaged counts,
// concatenated kappa pairs and alpha units) instead of averaged from rounded
// per-article ratios. `scoreAgreement` turns it into figures.

/** A stored annotation as the agreement figures see it. */
export type AgreementSpan = MetricSpan & {
  kind: AgreementKind;
  authorId: string;
  statusId: string | null;
  claimTypeId: string | null;
};

export type AgreementKind = AnnotationKind;
export type AgreementField = "statusId" | "claimTypeId";

export const AGREEMENT_KINDS: readonly AgreementKind[] = ["CLAIM", "ENTITY_MENTION"];
export const AGREEMENT_MODES: readonly MatchMode[] = ["exact", "overlap"];
export const AGREEMENT_FIELDS: readonly AgreementField[] = ["statusId", "claimTypeId"];

/** Span counts of one unordered annotator pair (a < b), `a` as the reference. */
export type PairSpanCounts = SpanCounts & { a: string; b: string; kind: AgreementKind; mode: MatchMode };

/** The field values of one pair's overlap-matched claims, as Cohen's kappa input. */
export type PairLabelPairs = { a: string; b: string; field: AgreementField; pairs: Array<[string, string]> };

export type AgreementMeasures = {
  /** Annotators compared, sorted by id (so a pair is always (smaller, larger) and pools across articles). */
  coders: string[];
  /** How many annotations of each kind each annotator made. */
  spanCounts: Array<{ coder: string; kind: AgreementKind; count: number }>;
  pairCounts: PairSpanCounts[];
  labelPairs: PairLabelPairs[];
  /** Alpha input per field: one row per aligned claim unit, values in no particular coder order. */
  labelUnits: Array<{ field: AgreementField; units: Array<Array<string | null>> }>;
};
