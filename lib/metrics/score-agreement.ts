import { cohensKappa } from "./cohens-kappa";
import { krippendorffsAlpha } from "./krippendorffs-alpha";
import { scoresFromCounts } from "./scores-from-counts";
import type { AgreementField, AgreementKind, AgreementMeasures } from "./agreement-measures";
import type { AlphaResult, KappaResult, MatchMode, SpanScores } from "./types";

export type AgreementScores = {
  coders: string[];
  spanCounts: AgreementMeasures["spanCounts"];
  /** Span precision/recall/F1 per annotator pair, kind and match mode. */
  spans: Array<SpanScores & { a: string; b: string; kind: AgreementKind; mode: MatchMode }>;
  /** Cohen's kappa per pair and field, over overlap-matched claims. */
  kappa: Array<{ a: string; b: string; field: AgreementField; result: KappaResult }>;
  /** Krippendorff's alpha (nominal) per field, over every annotator's aligned claims. */
  alpha: Array<{ field: AgreementField; result: AlphaResult }>;
};

/** Finished figures from measures (of one article or pooled); no rounding here. */
export function scoreAgreement(measures: AgreementMeasures): AgreementScores {
  return {
    coders: measures.coders,
    spanCounts: measures.spanCounts,
    spans: measures.pairCounts.map(({ a, b, kind, mode, ...counts }) => ({ a, b, kind, mode, ...scoresFromCounts(counts) })),
    kappa: measures.labelPairs.map(({ a, b, field, pairs }) => ({ a, b, field, result: cohensKappa(pairs) })),
    alpha: measures.labelUnits.map(({ field, units }) => ({ field, result: krippendorffsAlpha(units, "nominal") })),
  };
}
