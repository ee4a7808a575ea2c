import type { CandidateReason } from "@/lib/clusters/candidates/cluster-candidate-dto";
import { normalizeTerm } from "@/lib/nlp/normalize-term";
import { stemWord } from "@/lib/nlp/nlp-engine";
import { foldSpelling } from "@/lib/nlp/fold-spelling";

const MAX_WORDS = 8;

// The words of a text by their term: a cheap pass (split and normalise, no
// tagging) that finds the candidate's own spelling of most terms; a term it
// misses (an irregular form such as "met") is shown as the term.
function surfacesOf(text: string): Map<string, string> {
  const surfaces = new Map<string, string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const term = normalizeTerm(word);
    if (!surfaces.has(term)) surfaces.set(term, word);
  }
  return surfaces;
}

// Turns the scorer's reasons into what a person reads: shared terms as the
// candidate's own words ("Gujranwala", not the stem "gujranwala"), a
// paraphrase reason where the two texts use different words for one term
// ("travelled" ~ "visited"), and the cluster the candidate is already in.
export function describeReasons(
  reasons: readonly CandidateReason[],
  querySurfaces: Readonly<Record<string, string>>,
  candidateText: string,
  clusterId?: string,
): CandidateReason[] {
  const candidate = surfacesOf(candidateText);
  const stem = (word: string) => stemWord(foldSpelling(word.toLowerCase()));
  const out: CandidateReason[] = [];
  for (const reason of reasons) {
    if (reason.kind !== "shared-words") {
      out.push(reason);
      continue;
    }
    const words: string[] = [];
    for (const term of reason.words) {
      const q = querySurfaces[term];
      const c = candidate.get(term);
      if (q && c && stem(q) !== stem(c)) out.push({ kind: "paraphrase", query: q, candidate: c });
      else if (words.length < MAX_WORDS) words.push(c ?? q ?? term);
    }
    if (words.length > 0) out.unshift({ kind: "shared-words", words });
  }
  if (clusterId) out.push({ kind: "cluster", clusterId });
  return out;
}
