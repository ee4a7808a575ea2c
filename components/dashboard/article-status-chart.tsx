import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { articleStatusLabels } from "@/lib/format/article-status-labels";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";

const order: ArticleStatus[] = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "IN_REVIEW", "DONE"];
// The same hues as the state badges, so a glance links the two.
const fills: Record<ArticleStatus, string> = {
  NOT_STARTED: "fill-muted-foreground",
  IN_PROGRESS: "fill-info",
  SUBMITTED: "fill-warning",
  IN_REVIEW: "fill-primary",
  DONE: "fill-success",
};

/** How many of the project's articles are in each workflow state. */
export function ArticleStatusChart({ counts }: { counts: Record<ArticleStatus, number> }) {
  return (
    <HorizontalBarChart
      caption="Articles by state"
      valueLabel="Articles"
      rows={order.map((status) => ({ key: status, label: articleStatusLabels[status], value: counts[status], fillClassName: fills[status] }))}
    />
  );
}
