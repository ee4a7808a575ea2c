// Each further candidate from the same article ranks as if it scored this
// much less again, so the first screen shows the fact across outlets rather
// than five sentences of one article. Scores themselves are not changed.
export const SAME_ARTICLE_DISCOUNT = 0.8;

// Best first, ties by article and position so the order is stable.
export function diversifyByArticle<T extends { articleId: string; score: number; start: number }>(candidates: readonly T[]): T[] {
  const byScore = [...candidates].sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId) || a.start - b.start);
  const seen = new Map<string, number>();
  const keyed = byScore.map((candidate, order) => {
    const nth = seen.get(candidate.articleId) ?? 0;
    seen.set(candidate.articleId, nth + 1);
    return { candidate, order, key: candidate.score * SAME_ARTICLE_DISCOUNT ** nth };
  });
  return keyed.sort((a, b) => b.key - a.key || a.order - b.order).map((k) => k.candidate);
}
