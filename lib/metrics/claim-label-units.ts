import type { LabelKey, MetricSpan, SpanAlignment } from "./types";

/**
 * The `field` values of aligned claims as Krippendorff's alpha input: one row
 * per unit, one slot per coder (the alignment's coder order), null where the
 * coder has no claim there or left the field empty. Units that end up with
 * fewer than two values are kept here and dropped by alpha itself, so the
 * rows still line up with `alignment.units` for the side-by-side view.
 */
export function claimLabelUnits<S extends MetricSpan>(alignment: SpanAlignment<S>, field: LabelKey<S>): Array<Array<string | null>> {
  return alignment.units.map((unit) => unit.map((span) => (span === null ? null : ((span[field] as string | null | undefined) ?? null))));
}
