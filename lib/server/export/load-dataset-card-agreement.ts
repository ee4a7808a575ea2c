import type { DatasetCardAgreement } from "@/lib/export/build-dataset-card";
import { AGREEMENT_FIELDS, AGREEMENT_KINDS } from "@/lib/metrics/agreement-measures";
import { measureAgreement } from "@/lib/metrics/measure-agreement";
import { poolAgreement } from "@/lib/metrics/pool-agreement";
import { scoreAgreement } from "@/lib/metrics/score-agreement";
import { scoresFromCounts } from "@/lib/metrics/scores-from-counts";
import type { DbClient } from "@/lib/server/db-client";
import { loadComparedAnnotations } from "@/lib/server/agreement/load-compared-annotations";
import { toAgreementSpans } from "@/lib/server/agreement/to-agreement-spans";

/**
 * The project's agreement figures for a dataset card, by the Agreement
 * page's own computation (same loading, measures and pooling as
 * getProjectAgreement): span F1 summed over every annotator pair, and
 * Krippendorff's alpha per field. Figures only, no names, so no blind-mode
 * check is needed; the caller decides who may export.
 */
export async function loadDatasetCardAgreement(db: DbClient, projectId: string): Promise<DatasetCardAgreement> {
  const articles = await loadComparedAnnotations(db, projectId);
  const compared = articles
    .map((article) => measureAgreement(toAgreementSpans(article.annotations), article.coderIds))
    .filter((measures) => measures.coders.length >= 2);
  const pooled = poolAgreement(compared);
  const scores = scoreAgreement(pooled);
  const f1 = AGREEMENT_KINDS.flatMap((kind) =>
    (["exact", "overlap"] as const).map((mode) => {
      const rows = pooled.pairCounts.filter((row) => row.kind === kind && row.mode === mode);
      const counts = rows.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
      return { kind, mode, f1: rows.length === 0 ? null : scoresFromCounts(counts).f1 };
    }),
  );
  const alpha = AGREEMENT_FIELDS.map((field) => {
    const result = scores.alpha.find((a) => a.field === field)?.result;
    return { field, alpha: result?.alpha ?? null, n: result?.n ?? 0 };
  });
  return { comparedArticles: compared.length, coders: pooled.coders.length, f1, alpha };
}
