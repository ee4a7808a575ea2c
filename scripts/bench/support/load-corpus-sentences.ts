import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const corpusDir = resolve(import.meta.dirname, "../../../prisma/seed-data/corpus");

// The sentences of the demo corpus's body paragraphs: lines of at least eight
// words that end like prose, which leaves out site chrome ("Buy now",
// follower counters, bylines). Duplicates across outlets are kept once.
export function loadCorpusSentences(): string[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const sentences = new Set<string>();
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith(".txt")).sort()) {
    for (const line of readFileSync(join(corpusDir, name), "utf8").split("\n")) {
      const paragraph = line.trim();
      if (paragraph.split(/\s+/u).length < 8 || !/[.!?"”’]$/u.test(paragraph)) continue;
      for (const { segment } of segmenter.segment(paragraph)) {
        const sentence = segment.trim();
        if (sentence.split(/\s+/u).length >= 4) sentences.add(sentence);
      }
    }
  }
  if (sentences.size === 0) throw new Error(`No sentences found in ${corpusDir}`);
  return [...sentences];
}
