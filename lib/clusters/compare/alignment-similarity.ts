import type { AlignedRun } from "@/lib/clusters/compare/align-words";

// Share of words two texts have in common, in the same order: twice the
// length of their longest common word subsequence over their total length
// (Dice over the LCS), read off an alignment. 1 for identical wording, 0 for
// nothing shared. Order matters on purpose: copy edited lightly keeps whole
// runs of words, while an independent account of the same fact shares its
// names and figures but not the connecting words between them.
export function alignmentSimilarity(runs: readonly AlignedRun[]): number {
  let shared = 0;
  let total = 0;
  for (const run of runs) {
    total += run.a.length + run.b.length;
    if (run.kind === "same") shared += run.a.length + run.b.length;
  }
  return total === 0 ? 1 : shared / total;
}
