// What GET …/annotations/<id>/cluster-candidates answers: places in the
// project's OTHER articles that may report the same fact as the claim, best
// first. Offsets are code points into the candidate article's current text.

export type CandidateReason =
  // Content words both share (lemmas, British/American spellings and
  // paraphrases folded), most telling first.
  | { kind: "shared-words"; words: string[] }
  // A registry entity (by name or alias) named in both.
  | { kind: "shared-entity"; entityId: string; name: string }
  // A calendar date or relative time in both: the same (match) or not. A
  // conflict ("days before" against "weeks prior") still means "same event".
  | { kind: "date"; match: boolean; query: string; candidate: string }
  | { kind: "number"; match: boolean; query: string; candidate: string }
  // Words that mean the same thing in other words ("travelled" ~ "visited").
  | { kind: "paraphrase"; query: string; candidate: string }
  // The candidate claim already belongs to this cluster.
  | { kind: "cluster"; clusterId: string };

export type ClusterCandidateDTO = {
  kind: "claim" | "passage";
  // Set for kind "claim".
  annotationId?: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  start: number;
  end: number;
  text: string;
  // 0..1, higher is more likely the same fact.
  score: number;
  clusterId?: string;
  reasons: CandidateReason[];
};
