import { alignWords } from "@/lib/clusters/compare/align-words";
import type { Word } from "@/lib/clusters/compare/split-words";

// Share of words two texts have in common, in the same order: twice the
// length of their longest common word subsequence over their total length
// (Dice over the LCS). 1 for identical wording, 0 for nothing shared. Order
// matters on purpose: copy edited lightly keeps whole runs of words, while an
// independent account of the same fact shares its names and figures but not
// the connecting words between them.
export function wordSimilarity(a: readonly Word[], b: readonly Word[]): number {
  if (a.length + b.length === 0) return 1;
  const shared = alignWords(a, b)
    .filter((run) => run.kind === "same")
    .reduce((sum, run) => sum + run.a.length, 0);
  return (2 * shared) / (a.length + b.length);
}
