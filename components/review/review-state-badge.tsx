import type { ReviewStateDTO } from "@/lib/annotations/annotation-dto";
import { Badge } from "@/components/ui/badge";
import { reviewStateLabels, reviewStateVariants } from "./review-labels";

export function ReviewStateBadge({ state, className }: { state: ReviewStateDTO; className?: string }) {
  return (
    <Badge variant={reviewStateVariants[state]} className={className} data-review-state={state}>
      {reviewStateLabels[state]}
    </Badge>
  );
}
