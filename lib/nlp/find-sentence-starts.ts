import { nlpEngine } from "@/lib/nlp/nlp-engine";

/**
 * The UTF-16 offsets where the sentences of `text` start, ascending: wink-nlp's
 * sentence boundary detection (which knows abbreviations such as "Dr.",
 * "Mr.", "U.S.", "Jan.", so "Dr. Naji Zaheer" is not cut after "Dr."), run on
 * each line on its own, so a line break always ends a sentence. The packaged
 * model is pinned, so the same text gives the same boundaries on every
 * machine (Intl.Segmenter would follow the runtime's ICU data).
 */
export function findSentenceStarts(text: string): number[] {
  const nlp = nlpEngine();
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
