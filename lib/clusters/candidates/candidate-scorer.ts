import type { CandidateReason } from "@/lib/clusters/candidates/cluster-candidate-dto";
import type { PassageFeatures } from "@/lib/nlp/passage-features";

// One side of a comparison: a claim or a passage, already analysed.
export type ScoringDoc = {
  text: string;
  // normalizeTerm forms, each once.
  terms: readonly string[];
  // Registry entities named in the text (by name or alias) or linked to the claim.
  entityIds: readonly string[];
  features: PassageFeatures;
};

export type ScoringContext = {
  // Inverse document frequency of a term in the project's passages.
  idf: (term: string) => number;
  entityName: (entityId: string) => string;
  // How telling it is that two texts name this entity, 0..1: an entity named
  // in most passages (the story's protagonist) says little, a rare one a lot.
  entityWeight: (entityId: string) => number;
};

export type CandidateScore = { score: number; reasons: CandidateReason[] };

// THE seam for ranking: anything that can say how likely two texts report
// the same fact, with its reasons. The default (createFeatureScorer) uses
// words, entities, dates and numbers; a semantic model (sentence embeddings)
// can implement this and be swapped in by findClusterCandidates' caller
// without touching retrieval, exclusions or the API.
export type CandidateScorer = {
  readonly name: string;
  score(query: ScoringDoc, candidates: readonly ScoringDoc[], context: ScoringContext): CandidateScore[];
};
