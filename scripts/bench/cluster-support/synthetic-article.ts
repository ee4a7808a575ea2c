import type { Random } from "@/scripts/bench/support/seeded-random";
import { perturbSentence } from "./perturb-sentence";

/**
 * A news-like article of about `words` words: paragraphs of 2–5 corpus
 * sentences, each reworded with a cast of invented names kept for the whole
 * article (so the same people recur, as in real reports). Returns the text
 * and its sentences (benchmarks mark some of them as claims).
 */
export function syntheticArticle(sentences: readonly string[], names: readonly string[], random: Random, words: number): { text: string; sentences: string[] } {
  const cast = new Map<string, string>();
  const paragraphs: string[] = [];
  const all: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let i = random.int(2, 5); i > 0; i--) {
      const sentence = perturbSentence(random.pick(sentences), cast, names, random);
      paragraph.push(sentence);
      all.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(paragraph.join(" "));
  }
  return { text: paragraphs.join("\n\n"), sentences: all };
}
