// Retrieval measures for cluster candidates, pure: each case is one query
// claim with, per other article, the ranges where its fact is reported there.

export type Range = { articleId: string; start: number; end: number };
export type RankedCandidate = Range & { annotationId?: string };
export type QualityCase = {
  // Ranked candidates, best first (as many as the system returns).
  ranked: readonly RankedCandidate[];
  // For each other article that reports the fact: the acceptable ranges.
  expected: ReadonlyMap<string, readonly Range[]>;
  // The "every member marked" runs: the member claim of each other article.
  // It counts as a hit like any candidate covering an expected quote (an
  // outlet that reports the fact twice has a second, unmarked sentence);
  // claimHitShare says how many hits came back as the marked claim itself.
  expectedClaims?: ReadonlyMap<string, string>;
};

export type QualityFigures = {
  cases: number;
  expected: number;
  recallAt5: number;
  precisionAt5: number;
  top1PerArticle: number;
  // Share of top-5 hits that were the expected existing claim (claims runs only).
  claimHitShare: number | null;
};

// A candidate hits an expected quote when it covers at least half of it.
export function coversHalf(candidate: Range, quote: Range): boolean {
  if (candidate.articleId !== quote.articleId) return false;
  const overlap = Math.min(candidate.end, quote.end) - Math.max(candidate.start, quote.start);
  return overlap * 2 >= quote.end - quote.start;
}

function hits(c: RankedCandidate, articleId: string, kase: QualityCase): boolean {
  const wanted = kase.expectedClaims?.get(articleId);
  if (wanted !== undefined && c.annotationId === wanted) return true;
  return (kase.expected.get(articleId) ?? []).some((q) => coversHalf(c, q));
}

export function measureCandidateQuality(cases: readonly QualityCase[]): QualityFigures {
  let expected = 0;
  let found = 0;
  let relevantInTop5 = 0;
  let returnedInTop5 = 0;
  let top1 = 0;
  let claimHits = 0;
  let hitsInTop5 = 0;
  for (const kase of cases) {
    const top5 = kase.ranked.slice(0, 5);
    returnedInTop5 += top5.length;
    relevantInTop5 += top5.filter((c) => [...kase.expected.keys()].some((a) => hits(c, a, kase))).length;
    for (const articleId of kase.expected.keys()) {
      expected++;
      const hit = top5.find((c) => hits(c, articleId, kase));
      if (hit) {
        found++;
        hitsInTop5++;
        if (hit.annotationId !== undefined && hit.annotationId === kase.expectedClaims?.get(articleId)) claimHits++;
      }
      const best = kase.ranked.find((c) => c.articleId === articleId);
      if (best && hits(best, articleId, kase)) top1++;
    }
  }
  return {
    cases: cases.length,
    expected,
    recallAt5: expected ? found / expected : 1,
    precisionAt5: returnedInTop5 ? relevantInTop5 / returnedInTop5 : 0,
    top1PerArticle: expected ? top1 / expected : 1,
    claimHitShare: cases.some((c) => c.expectedClaims) && hitsInTop5 ? claimHits / hitsInTop5 : null,
  };
}
