import { alignSpans } from "./align-spans";
import { claimLabelPairs } from "./claim-label-pairs";
import { claimLabelUnits } from "./claim-label-units";
import { matchSpans } from "./match-spans";
import {
  AGREEMENT_FIELDS,
  AGREEMENT_KINDS,
  AGREEMENT_MODES,
  type AgreementMeasures,
  type AgreementSpan,
} from "./agreement-measures";

/**
 * The raw agreement measures of one article: `spans` are every compared
 * annotation, `coders` every annotator to compare (an annotator with no spans
 * still counts: "annotated nothing" is a disagreement with anyone who did).
 * Spans whose author is not in `coders` are ignored.
 *
 * Span counts per pair, kind and match mode come from `matchSpans`; kappa and
 * alpha use OVERLAP-matched claims (a claim two people marked with slightly
 * different boundaries is still the same claim whose status they may agree
 * on). With fewer than two coders there are no pairs and no pairable units.
 */
export function measureAgreement(spans: readonly AgreementSpan[], coders: readonly string[]): AgreementMeasures {
  const sorted = [...new Set(coders)].sort();
  const byCoder = (kind: string) =>
    Object.fromEntries(sorted.map((coder) => [coder, spans.filter((s) => s.authorId === coder && s.kind === kind)])) as Record<string, AgreementSpan[]>;
  const claims = byCoder("CLAIM");
  const measures: AgreementMeasures = { coders: sorted, spanCounts: [], pairCounts: [], labelPairs: [], labelUnits: [] };

  for (const kind of AGREEMENT_KINDS) {
    const spansOf = kind === "CLAIM" ? claims : byCoder(kind);
    for (const coder of sorted) measures.spanCounts.push({ coder, kind, count: spansOf[coder]!.length });
    sorted.forEach((a, i) => {
      for (const b of sorted.slice(i + 1)) {
        for (const mode of AGREEMENT_MODES) {
          const { pairs, unmatchedA, unmatchedB } = matchSpans(spansOf[a]!, spansOf[b]!, mode);
          measures.pairCounts.push({ a, b, kind, mode, tp: pairs.length, fp: unmatchedB.length, fn: unmatchedA.length });
          if (kind === "CLAIM" && mode === "overlap") {
            for (const field of AGREEMENT_FIELDS) measures.labelPairs.push({ a, b, field, pairs: claimLabelPairs(pairs, field) });
          }
        }
      }
    });
  }
  const alignment = alignSpans(claims, "overlap");
  for (const field of AGREEMENT_FIELDS) measures.labelUnits.push({ field, units: claimLabelUnits(alignment, field) });
  return measures;
}
