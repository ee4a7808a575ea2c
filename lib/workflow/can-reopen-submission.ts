import type { ArticleStatus, AssignmentStatus } from "@/lib/generated/prisma/enums";

// Whether an annotator may take back their own submission. Never once review
// has started (reviewers would be judging a moving target), and never in a
// blind project: after submitting, the annotator has seen colleagues' work,
// so reopening would let it sway an "independent" annotation.
export function canReopenSubmission(input: {
  assignmentStatus: AssignmentStatus;
  articleStatus: ArticleStatus;
  blindAnnotation: boolean;
}): boolean {
  if (input.assignmentStatus !== "SUBMITTED") return false;
  if (input.blindAnnotation) return false;
  return input.articleStatus !== "IN_REVIEW" && input.articleStatus !== "DONE";
}
