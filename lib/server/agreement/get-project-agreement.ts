import { db } from "@/lib/db";
import { measureAgreement } from "@/lib/metrics/measure-agreement";
import { poolAgreement } from "@/lib/metrics/pool-agreement";
import { scoreAgreement, type AgreementScores } from "@/lib/metrics/score-agreement";
import { scoresFromCounts } from "@/lib/metrics/scores-from-counts";
import type { AgreementKind, AgreementMeasures } from "@/lib/metrics/agreement-measures";
import type { AlphaResult, SpanScores } from "@/lib/metrics/types";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { loadComparedAnnotations, type ComparedOptions } from "@/lib/server/agreement/load-compared-annotations";
import { toAgreementSpans } from "@/lib/server/agreement/to-agreement-spans";
import { loadCoderNames, type Coder } from "@/lib/server/agreement/load-coder-names";

export type ArticleAgreementRow = {
  id: string;
  title: string;
  coders: Coder[];
  /** Overlap-match F1 over all of the article's annotator pairs (counts summed); null with fewer than two annotators. */
  claimF1: SpanScores | null;
  mentionF1: SpanScores | null;
  alphaStatus: AlphaResult;
  alphaType: AlphaResult;
  goldCompletedAt: string | null;
};

export type ProjectAgreement = {
  coders: Coder[];
  /** Pooled over the articles each pair shared. */
  scores: AgreementScores;
  articles: ArticleAgreementRow[];
  /** Articles with at least two annotators, i.e. where agreement can be measured. */
  comparedArticles: number;
  /** Annotations that began as accepted suggestions, and whether they were left out of the figures. */
  suggestions: { count: number; excluded: boolean };
};

function pooledF1(measures: AgreementMeasures, kind: AgreementKind): SpanScores | null {
  const rows = measures.pairCounts.filter((row) => row.kind === kind && row.mode === "overlap");
  if (rows.length === 0) return null;
  return scoresFromCounts(rows.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 }));
}

// Agreement across the whole project, for any member. Only figures per
// annotator pair and per article are returned (no annotation content), so it
// needs no blind-mode check; see can-see-colleagues-work.ts.
export async function getProjectAgreement(access: ProjectAccess, options: ComparedOptions = {}): Promise<ProjectAgreement> {
  assertCan(access, "project.view");
  const { project } = access;
  const articles = await loadComparedAnnotations(db, project.id, undefined, options);
  const measured = articles.map((article) => ({ article, measures: measureAgreement(toAgreementSpans(article.annotations), article.coderIds) }));
  const coders = await loadCoderNames(db, [...new Set(articles.flatMap((a) => a.coderIds))]);
  const nameOf = new Map(coders.map((c) => [c.id, c]));
  const compared = measured.filter(({ measures }) => measures.coders.length >= 2);
  return {
    coders,
    scores: scoreAgreement(poolAgreement(compared.map(({ measures }) => measures))),
    comparedArticles: compared.length,
    suggestions: { count: articles.reduce((sum, a) => sum + a.fromSuggestions, 0), excluded: options.excludeSuggestions ?? false },
    articles: measured.map(({ article, measures }) => {
      const scores = scoreAgreement(measures);
      const alpha = (field: string) => scores.alpha.find((a) => a.field === field)!.result;
      return {
        id: article.id,
        title: article.title,
        coders: measures.coders.flatMap((id) => nameOf.get(id) ?? []),
        claimF1: pooledF1(measures, "CLAIM"),
        mentionF1: pooledF1(measures, "ENTITY_MENTION"),
        alphaStatus: alpha("statusId"),
        alphaType: alpha("claimTypeId"),
        goldCompletedAt: article.goldCompletedAt?.toISOString() ?? null,
      };
    }),
  };
}
