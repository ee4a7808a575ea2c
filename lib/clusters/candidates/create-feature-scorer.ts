import type { CandidateReason } from "@/lib/clusters/candidates/cluster-candidate-dto";
import type { CandidateScorer, ScoringContext, ScoringDoc } from "@/lib/clusters/candidates/candidate-scorer";
import { compareDates } from "@/lib/clusters/candidates/compare-dates";
import { compareNumbers } from "@/lib/clusters/candidates/compare-numbers";
import { compareRelativeTimes } from "@/lib/clusters/candidates/compare-relative-times";

// Weights of the evidence kinds. Words carry most; entities, dates and
// numbers separate sentences that share vocabulary but not the event.
export const featureWeights = { words: 0.62, entities: 0.18, time: 0.14, numbers: 0.06 } as const;

function weigh(terms: readonly string[], context: ScoringContext): number {
  let sum = 0;
  for (const term of terms) sum += context.idf(term);
  return sum;
}

// Cosine between the two term sets with IDF weights (rare shared words count
// more), an entity overlap, and agreement of dates, relative times and
// numbers. A conflicting date or number still counts toward "same fact" —
// two outlets disagreeing on when something happened report the same thing —
// but only on top of shared words, never on its own.
function scoreOne(query: ScoringDoc, candidate: ScoringDoc, context: ScoringContext) {
  const reasons: CandidateReason[] = [];
  const candidateTerms = new Set(candidate.terms);
  const shared = query.terms.filter((t) => candidateTerms.has(t));
  const sharedWeight = weigh(shared, context);
  const denominator = Math.sqrt(weigh(query.terms, context) * weigh(candidate.terms, context));
  const words = denominator > 0 ? sharedWeight / denominator : 0;
  if (shared.length > 0) {
    const telling = [...shared].sort((a, b) => context.idf(b) - context.idf(a));
    reasons.push({ kind: "shared-words", words: telling });
  }

  const candidateEntities = new Set(candidate.entityIds);
  const sharedEntities = query.entityIds.filter((id) => candidateEntities.has(id));
  const entities = Math.min(1, sharedEntities.reduce((sum, id) => sum + context.entityWeight(id), 0));
  for (const entityId of sharedEntities) reasons.push({ kind: "shared-entity", entityId, name: context.entityName(entityId) });

  // A date or number agreeing is evidence only when the sentences are
  // already about the same things; the gate keeps "in 2023" from pulling
  // every sentence of a timeline to the top.
  const gate = Math.min(1, (words + 0.5 * entities) / 0.3);
  let time = 0;
  const relative = compareRelativeTimes(query.features.relativeTimes, candidate.features.relativeTimes);
  if (relative) {
    time = Math.max(time, relative.match ? 1 : 0.8);
    reasons.push({ kind: "date", ...relative });
  }
  const date = compareDates(query.features.dates, candidate.features.dates);
  if (date) {
    time = Math.max(time, date.match ? date.weight : 0.4);
    reasons.push({ kind: "date", match: date.match, query: date.query, candidate: date.candidate });
  }
  let numbers = 0;
  const number = compareNumbers(query.features.numbers, candidate.features.numbers);
  if (number) {
    numbers = number.match ? 1 : 0.6;
    reasons.push({ kind: "number", ...number });
  }
  const score =
    featureWeights.words * words +
    featureWeights.entities * entities +
    gate * (featureWeights.time * time + featureWeights.numbers * numbers);
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, reasons };
}

export function createFeatureScorer(): CandidateScorer {
  return {
    name: "features-v1",
    score: (query, candidates, context) => candidates.map((candidate) => scoreOne(query, candidate, context)),
  };
}
