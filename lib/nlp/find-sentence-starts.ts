import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkEngine = ReturnType<typeof winkNLP>;

// Sentence boundaries only: wink-nlp's pipeline limited to "sbd" reads text
// in about half the time of the full one (POS, entities, …), which CoNLL
// exports of whole projects feel (docs/benchmarks.md, "Export"). Boundaries
// are the same as the full pipeline's (checked on the demo corpus). A second
// instance next to `nlpEngine`'s leaves that one's output unchanged.
let engine: WinkEngine | undefined;

/**
 * The UTF-16 offsets where the sentences of `text` start, ascending: wink-nlp's
 * sentence boundary detection (which knows abbreviations such as "Dr.",
 * "Mr.", "U.S.", "Jan.", so "Dr. Naji Zaheer" is not cut after "Dr."), run on
 * each line on its own, so a line break always ends a sentence. The packaged
 * model is pinned, so the same text gives the same boundaries on every
 * machine (Intl.Segmenter would follow the runtime's ICU data).
 */
export function findSentenceStarts(text: string): number[] {
  engine ??= winkNLP(model, ["sbd"]);
  const nlp = engine;
  const starts: number[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") {
      let cursor = 0;
      for (const sentence of nlp.readDoc(line).sentences().out() as string[]) {
        const at = line.indexOf(sentence, cursor);
        if (at < 0) continue;
        starts.push(lineStart + at);
        cursor = at + sentence.length;
      }
    }
    lineStart += line.length + 1;
  }
  return starts;
}
