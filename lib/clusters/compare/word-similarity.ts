import { alignWords } from "@/lib/clusters/compare/align-words";
import { alignmentSimilarity } from "@/lib/clusters/compare/alignment-similarity";
import type { Word } from "@/lib/clusters/compare/split-words";

// Dice over the longest common word subsequence of two word lists; see
// alignmentSimilarity.
export function wordSimilarity(a: readonly Word[], b: readonly Word[]): number {
  return alignmentSimilarity(alignWords(a, b));
}
