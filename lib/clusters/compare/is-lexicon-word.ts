import { nlp } from "@/lib/clusters/compare/nlp";

type World = { model: { one: { lexicon: Record<string, unknown> } } };
const lexicon = (nlp.world() as unknown as World).model.one.lexicon;

// Whether compromise's own English lexicon lists the word ("police",
// "minister"): such a word at the start of a sentence is not taken for a name.
export function isLexiconWord(word: string): boolean {
  return Object.hasOwn(lexicon, word.toLowerCase());
}
