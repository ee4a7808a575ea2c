import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkEngine = ReturnType<typeof winkNLP>;

let engine: WinkEngine | undefined;

// One wink-nlp instance per process: loading the packaged English model
// (sentence boundaries, POS, lemmas, entities) takes ~100 ms and nothing is
// downloaded, so it is created on first use and kept.
export function nlpEngine(): WinkEngine {
  engine ??= winkNLP(model);
  return engine;
}

// The Porter2 stemmer that ships with the model, for folding derivations
// ("participation", "participated" → "particip") after lemmatisation.
export function stemWord(word: string): string {
  return (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem(word);
}
