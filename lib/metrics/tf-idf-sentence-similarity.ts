// A plain TF-IDF baseline for "which sentence says the same thing": lower-case
// word tokens, raw term frequency times log(N / df) over the given sentences,
// cosine similarity. No stemming, stop words, entities, dates or synonyms, on
// purpose: it is the yardstick the candidate scorer is measured against.

export type TfIdfModel = { similarity: (query: string, sentenceIndex: number) => number };

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function vector(words: readonly string[], idf: (w: string) => number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  for (const [w, n] of tf) tf.set(w, n * idf(w));
  return tf;
}

function norm(v: Map<string, number>): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

export function createTfIdfModel(sentences: readonly string[]): TfIdfModel {
  const tokenized = sentences.map(tokens);
  const df = new Map<string, number>();
  for (const words of tokenized) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = sentences.length;
  // Words the sentences never use get the highest weight, like a df of one.
  const idf = (w: string) => Math.log(n / (df.get(w) ?? 1));
  const vectors = tokenized.map((words) => vector(words, idf));
  const norms = vectors.map(norm);
  return {
    similarity(query, index) {
      const q = vector(tokens(query), idf);
      const s = vectors[index];
      const denominator = norm(q) * (norms[index] ?? 0);
      if (!s || denominator === 0) return 0;
      let dot = 0;
      for (const [w, x] of q) dot += x * (s.get(w) ?? 0);
      return dot / denominator;
    },
  };
}
