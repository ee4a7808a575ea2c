import type { ReviewStateDTO } from "@/lib/annotations/annotation-dto";
import type { ReviewDecisionDTO } from "@/lib/review/review-dto";

export const reviewStateLabels: Record<ReviewStateDTO, string> = {
  PENDING: "Pending review",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
  CHANGES_REQUESTED: "Changes requested",
};

export const reviewStateVariants = {
  PENDING: "outline",
  ACCEPTED: "success",
  REJECTED: "destructive",
  CHANGES_REQUESTED: "warning",
} as const satisfies Record<ReviewStateDTO, string>;

// Past tense, for "Ann accepted" lines.
export const decisionVerbs: Record<ReviewDecisionDTO, string> = {
  ACCEPT: "accepted",
  REJECT: "rejected",
  REQUEST_CHANGES: "requested changes",
};

export const decisionButtons: Array<{ decision: ReviewDecisionDTO; label: string; key: string }> = [
  { decision: "ACCEPT", label: "Accept", key: "A" },
  { decision: "REJECT", label: "Reject", key: "R" },
  { decision: "REQUEST_CHANGES", label: "Request changes", key: "X" },
];
