// Agreement between annotators: span matching, precision/recall/F1, Cohen's
// kappa and Krippendorff's alpha. Everything in lib/metrics is a pure function
// of its arguments (no I/O, no clock, no randomness), so a figure shown in the
// app can always be recomputed from the annotations alone.
//
// UNITS. Offsets are Unicode code points, half-open [start, end), as stored on
// annotations. The maths here only compares and subtracts integers, so it never
// needs the text itself.
//
// UNDEFINED VALUES. A coefficient that cannot be computed from the data (no
// items; every value in one category, so chance agreement is already perfect)
// is `null` with a machine-readable reason, never NaN and never a made-up 0 or
// 1: a chart must be able to say "not enough data" rather than plot noise.

/**
 * What matching needs from an annotation. `kind` separates claims from entity
 * mentions (spans of different kinds never match); `label` is an optional
 * categorical value for callers that need only one. Callers may pass richer
 * objects (statusId, claimTypeId…): matching returns the same objects.
 */
export type MetricSpan = {
  id: string;
  start: number;
  end: number;
  kind: string;
  label?: string | null;
};

/**
 * "exact": same kind, same start and same end.
 * "overlap": same kind and at least one code point in common.
 */
export type MatchMode = "exact" | "overlap";

/** Two spans matched one-to-one; `overlap` in code points, `jaccard` = overlap / union in [0, 1]. */
export type SpanPair<S extends MetricSpan = MetricSpan> = {
  a: S;
  b: S;
  overlap: number;
  jaccard: number;
};

/** The result of matching annotator A's spans against annotator B's. Every span appears exactly once. */
export type SpanMatching<S extends MetricSpan = MetricSpan> = {
  pairs: SpanPair<S>[];
  unmatchedA: S[];
  unmatchedB: S[];
};

/** True positives, false positives (candidate only) and false negatives (reference only). */
export type SpanCounts = { tp: number; fp: number; fn: number };

export type SpanScores = SpanCounts & { precision: number; recall: number; f1: number };

/**
 * Spans of several annotators grouped into units: `units[u][c]` is coder
 * `coders[c]`'s span in unit u, or null if that coder has none there. A unit
 * holds at most one span per coder.
 */
export type SpanAlignment<S extends MetricSpan = MetricSpan> = {
  coders: string[];
  units: Array<Array<S | null>>;
};

/** Keys of S whose values are categorical labels (string ids), usable by the label helpers. */
export type LabelKey<S> = {
  [K in keyof S]-?: S[K] extends string | null | undefined ? K : never;
}[keyof S];

export type KappaResult =
  | { kappa: number; observed: number; expected: number; n: number }
  | {
      kappa: null;
      // "no-items": nothing to compare. "single-category": both coders used one
      // and the same category throughout, so expected agreement is 1 and
      // kappa is 0/0 (observed agreement is then 1 too, and is reported).
      reason: "no-items" | "single-category";
      observed: number | null;
      expected: number | null;
      n: number;
    };

export type AlphaResult =
  | {
      alpha: number;
      // Number of pairable values (n..), and the observed and expected disagreement.
      n: number;
      observedDisagreement: number;
      expectedDisagreement: number;
    }
  | {
      alpha: null;
      // "no-pairable-values": no unit has two or more values. "single-category":
      // every pairable value is the same, so expected disagreement is 0.
      reason: "no-pairable-values" | "single-category";
      n: number;
    };
