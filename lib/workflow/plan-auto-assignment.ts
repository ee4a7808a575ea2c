export type AutoAssignArticle = {
  id: string;
  // How many annotators the article should have in total.
  target: number;
  // Who is already assigned (any status).
  assigneeIds: readonly string[];
};

export type AutoAssignCandidate = {
  id: string;
  // Open assignments (not yet submitted) the person already carries.
  load: number;
};

export type AutoAssignPlan = {
  assignments: { articleId: string; userId: string }[];
  // Articles that could not reach their target: too few candidates.
  shortfalls: { articleId: string; missing: number }[];
};

// Fills each article up to its target, always giving the next seat to the
// least-loaded candidate not already on that article (ties: the order the
// candidates were given in, so results are reproducible). Articles are
// filled in the order given; loads carry over from one article to the next,
// which spreads work evenly over the batch.
export function planAutoAssignment(
  articles: readonly AutoAssignArticle[],
  candidates: readonly AutoAssignCandidate[],
): AutoAssignPlan {
  const load = new Map(candidates.map((c) => [c.id, c.load]));
  const order = new Map(candidates.map((c, i) => [c.id, i]));
  const plan: AutoAssignPlan = { assignments: [], shortfalls: [] };

  for (const article of articles) {
    const onArticle = new Set(article.assigneeIds);
    let missing = Math.max(0, article.target - onArticle.size);
    while (missing > 0) {
      const next = pickLeastLoaded(candidates, onArticle, load, order);
      if (!next) break;
      plan.assignments.push({ articleId: article.id, userId: next });
      onArticle.add(next);
      load.set(next, (load.get(next) ?? 0) + 1);
      missing--;
    }
    if (missing > 0) plan.shortfalls.push({ articleId: article.id, missing });
  }
  return plan;
}

function pickLeastLoaded(
  candidates: readonly AutoAssignCandidate[],
  exclude: ReadonlySet<string>,
  load: ReadonlyMap<string, number>,
  order: ReadonlyMap<string, number>,
): string | null {
  let best: string | null = null;
  for (const { id } of candidates) {
    if (exclude.has(id)) continue;
    if (best === null) {
      best = id;
      continue;
    }
    const a = load.get(id) ?? 0;
    const b = load.get(best) ?? 0;
    if (a < b || (a === b && (order.get(id) ?? 0) < (order.get(best) ?? 0))) best = id;
  }
  return best;
}
