import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export const articleStatusLabels: Record<ArticleStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  DONE: "Done",
};
