import type { CandidateReason } from "@/lib/clusters/candidates/cluster-candidate-dto";
import { analyzeText } from "@/lib/nlp/analyze-text";
import { stemWord } from "@/lib/nlp/nlp-engine";
import { foldSpelling } from "@/lib/nlp/fold-spelling";

const MAX_WORDS = 8;

// Turns the scorer's reasons into what a person reads: shared terms as the
// candidate's own words ("Gujranwala", not the stem "gujranwala"), a
// paraphrase reason where the two texts use different words for one term
// ("travelled" ~ "visited"), and the cluster the candidate is already in.
export function describeReasons(reasons: readonly CandidateReason[], queryText: string, candidateText: string, clusterId?: string): CandidateReason[] {
  const query = analyzeText(queryText).surfaces;
  const candidate = analyzeText(candidateText).surfaces;
  const stem = (word: string) => stemWord(foldSpelling(word.toLowerCase()));
  const out: CandidateReason[] = [];
  for (const reason of reasons) {
    if (reason.kind !== "shared-words") {
      out.push(reason);
      continue;
    }
    const words: string[] = [];
    for (const term of reason.words) {
      const q = query[term];
      const c = candidate[term];
      if (q && c && stem(q) !== stem(c)) out.push({ kind: "paraphrase", query: q, candidate: c });
      else if (words.length < MAX_WORDS) words.push(c ?? q ?? term);
    }
    if (words.length > 0) out.unshift({ kind: "shared-words", words });
  }
  if (clusterId) out.push({ kind: "cluster", clusterId });
  return out;
}
