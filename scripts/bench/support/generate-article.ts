import type { Random } from "./seeded-random";

// Characters outside the Basic Multilingual Plane (two UTF-16 units, one code
// point), so the benchmark exercises the offset conversion at the editor
// boundary as real articles with emoji do.
const ASTRAL = ["📹", "🇵🇰", "🔍", "𝕏", "📰", "😀"];

// A news-like article of about `targetWords` words: corpus sentences,
// shuffled, in paragraphs of two to six, joined by the canonical block
// separator (a blank line). About one sentence in forty gains an emoji.
export function generateArticle(sentences: readonly string[], targetWords: number, random: Random): string {
  const paragraphs: string[] = [];
  let words = 0;
  let pool: string[] = [];
  while (words < targetWords) {
    const size = random.int(2, 6);
    const paragraph: string[] = [];
    for (let i = 0; i < size; i++) {
      if (pool.length === 0) pool = random.shuffle(sentences);
      let sentence = pool.pop()!;
      if (random.chance(0.025)) sentence = `${sentence} ${random.pick(ASTRAL)}`;
      paragraph.push(sentence);
      words += sentence.split(/\s+/u).length;
    }
    paragraphs.push(paragraph.join(" "));
  }
  return paragraphs.join("\n\n");
}
