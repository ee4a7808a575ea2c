import type { ArticleStatus, AssignmentStatus } from "@/lib/generated/prisma/enums";

export type ArticleStatusInputs = {
  // Annotators the article needs (article override, else the project default).
  requiredAnnotators: number;
  assignments: readonly { status: AssignmentStatus }[];
  // Live (not deleted) annotations on the article's current text.
  annotations: number;
  // Of those, how many are settled: accepted or rejected by a reviewer, part
  // of the gold layer, or adjudicated into it. "Changes requested" is not settled.
  settledAnnotations: number;
  // Review decisions made on the article's annotations, plus annotations
  // whose review state has left PENDING by other means (e.g. imported reviews).
  reviewDecisions: number;
  // A reviewer marked the article's gold layer complete (adjudication).
  goldComplete: boolean;
};

// The article's workflow state, strongest first:
// DONE        the gold layer is marked complete, or there is work, all of it is
//             settled, and the submissions asked for are in;
// IN_REVIEW   a reviewer has made at least one decision;
// SUBMITTED   as many assigned annotators as the article needs have submitted;
// IN_PROGRESS someone started (an assignment in progress or submitted, or any annotation);
// NOT_STARTED nothing yet.
// An article nobody is assigned to (free annotation) skips SUBMITTED: it goes
// from in progress to review directly.
export function deriveArticleStatus(inputs: ArticleStatusInputs): ArticleStatus {
  const required = Math.max(1, inputs.requiredAnnotators);
  const submitted = inputs.assignments.filter((a) => a.status === "SUBMITTED").length;
  const managed = inputs.assignments.length > 0;
  const submissionsComplete = !managed || submitted >= required;

  if (inputs.goldComplete) return "DONE";
  if (submissionsComplete && inputs.annotations > 0 && inputs.settledAnnotations >= inputs.annotations) return "DONE";
  if (inputs.reviewDecisions > 0) return "IN_REVIEW";
  if (managed && submitted >= required) return "SUBMITTED";
  if (inputs.annotations > 0 || inputs.assignments.some((a) => a.status !== "ASSIGNED")) return "IN_PROGRESS";
  return "NOT_STARTED";
}
