import type { ReviewDecision, ReviewState } from "@/lib/generated/prisma/enums";

const stateByDecision: Record<ReviewDecision, ReviewState> = {
  ACCEPT: "ACCEPTED",
  REJECT: "REJECTED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
};

// The annotation's review state after a decision: the latest decision wins.
export function reviewStateOf(decision: ReviewDecision): ReviewState {
  return stateByDecision[decision];
}
