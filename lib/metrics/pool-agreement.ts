import type { AgreementMeasures, PairLabelPairs, PairSpanCounts } from "./agreement-measures";

/**
 * Several articles' measures as one (the per-project figures): counts summed
 * per annotator, pair, kind and mode (micro-average, see `scoresFromCounts`),
 * kappa pairs and alpha units concatenated. A pair only pools the articles
 * both of them annotated, so it is never charged for articles it never shared.
 */
export function poolAgreement(all: readonly AgreementMeasures[]): AgreementMeasures {
  const spanCounts = new Map<string, AgreementMeasures["spanCounts"][number]>();
  const pairCounts = new Map<string, PairSpanCounts>();
  const labelPairs = new Map<string, PairLabelPairs>();
  const labelUnits = new Map<string, AgreementMeasures["labelUnits"][number]>();

  for (const measures of all) {
    for (const item of measures.spanCounts) {
      const key = `${item.coder}\u0000${item.kind}`;
      const pooled = spanCounts.get(key) ?? { ...item, count: 0 };
      pooled.count += item.count;
      spanCounts.set(key, pooled);
    }
    for (const item of measures.pairCounts) {
      const key = `${item.a}\u0000${item.b}\u0000${item.kind}\u0000${item.mode}`;
      const pooled = pairCounts.get(key) ?? { ...item, tp: 0, fp: 0, fn: 0 };
      pooled.tp += item.tp;
      pooled.fp += item.fp;
      pooled.fn += item.fn;
      pairCounts.set(key, pooled);
    }
    for (const item of measures.labelPairs) {
      const key = `${item.a}\u0000${item.b}\u0000${item.field}`;
      const pooled = labelPairs.get(key) ?? { ...item, pairs: [] };
      pooled.pairs.push(...item.pairs);
      labelPairs.set(key, pooled);
    }
    for (const item of measures.labelUnits) {
      const pooled = labelUnits.get(item.field) ?? { field: item.field, units: [] };
      pooled.units.push(...item.units);
      labelUnits.set(item.field, pooled);
    }
  }
  const coders = [...new Set(all.flatMap((m) => m.coders))].sort();
  return { coders, spanCounts: [...spanCounts.values()], pairCounts: [...pairCounts.values()], labelPairs: [...labelPairs.values()], labelUnits: [...labelUnits.values()] };
}
