import type { CandidateReason } from "@/lib/clusters/candidates/cluster-candidate-dto";

export type ReasonView = { text: string; tone: "agree" | "conflict" | "neutral" };

// One reason a candidate was suggested, as a short phrase for people:
// "Shared words: raid, Gujranwala", "Different date: days before ≠ weeks prior".
// A conflicting date or number still suggests the same event, told apart so
// the fact-checker sees the disagreement before linking.
export function describeCandidateReason(reason: CandidateReason): ReasonView {
  switch (reason.kind) {
    case "shared-words":
      return { text: `Shared words: ${reason.words.join(", ")}`, tone: "agree" };
    case "shared-entity":
      return { text: `Same name: ${reason.name}`, tone: "agree" };
    case "date":
      return reason.match
        ? { text: `Same date: ${reason.candidate}`, tone: "agree" }
        : { text: `Different date: ${reason.query} ≠ ${reason.candidate}`, tone: "conflict" };
    case "number":
      return reason.match
        ? { text: `Same number: ${reason.candidate}`, tone: "agree" }
        : { text: `Different number: ${reason.query} ≠ ${reason.candidate}`, tone: "conflict" };
    case "paraphrase":
      return { text: `Same meaning: “${reason.query}” ~ “${reason.candidate}”`, tone: "agree" };
    case "cluster":
      return { text: "Already in a cluster", tone: "neutral" };
  }
}
