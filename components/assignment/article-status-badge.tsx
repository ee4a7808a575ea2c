import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { articleStatusLabels } from "@/lib/format/article-status-labels";
import { Badge, type BadgeProps } from "@/components/ui/badge";

const variants: Record<ArticleStatus, BadgeProps["variant"]> = {
  NOT_STARTED: "outline",
  IN_PROGRESS: "info",
  SUBMITTED: "warning",
  IN_REVIEW: "secondary",
  DONE: "success",
};

/** An article's workflow state; the words carry the meaning, the colour only echoes it. */
export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <Badge variant={variants[status]} data-article-status={status}>
      {articleStatusLabels[status]}
    </Badge>
  );
}
