import { foldSpelling } from "@/lib/nlp/fold-spelling";
import { stemWord } from "@/lib/nlp/nlp-engine";
import { paraphraseGroups } from "@/lib/nlp/paraphrase-groups";

let groupOf: Map<string, string> | undefined;

function stemmed(word: string): string {
  return stemWord(foldSpelling(word.toLowerCase()));
}

// The comparable form of one lemma: lower case, British spelling folded,
// Porter2-stemmed (so derivations meet: "participation"/"participate"), then
// mapped onto its paraphrase group's first word ("travel" → "visit").
export function normalizeTerm(lemma: string): string {
  groupOf ??= new Map(
    paraphraseGroups.flatMap((group) => {
      const head = stemmed(group[0] ?? "");
      return group.map((word) => [stemmed(word), head] as const);
    }),
  );
  const stem = stemmed(lemma);
  return groupOf.get(stem) ?? stem;
}
