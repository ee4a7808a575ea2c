import { foldSpelling } from "@/lib/nlp/fold-spelling";
import { stemWord } from "@/lib/nlp/nlp-engine";
import { paraphraseGroups } from "@/lib/nlp/paraphrase-groups";

let groupOf: Map<string, string> | undefined;
// Terms are pure functions of the word; queries normalise the same words
// again and again, so results are kept (bounded: cleared when full).
const memo = new Map<string, string>();
const MEMO_MAX = 100_000;

function stemmed(word: string): string {
  return stemWord(foldSpelling(word.toLowerCase()));
}

// The comparable form of one lemma: lower case, British spelling folded,
// Porter2-stemmed (so derivations meet: "participation"/"participate"), then
// mapped onto its paraphrase group's first word ("travel" → "visit").
// Names (`paraphrase: false`, for proper nouns) keep their own stem: "Press"
// in "Karachi Press Club" is not "media".
export function normalizeTerm(lemma: string, options: { paraphrase?: boolean } = {}): string {
  groupOf ??= new Map(
    paraphraseGroups.flatMap((group) => {
      const head = stemmed(group[0] ?? "");
      return group.map((word) => [stemmed(word), head] as const);
    }),
  );
  const key = options.paraphrase === false ? `\u0000${lemma}` : lemma;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const stem = stemmed(lemma);
  const term = options.paraphrase === false ? stem : (groupOf.get(stem) ?? stem);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, term);
  return term;
}
