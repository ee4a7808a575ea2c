"use client";

import type { ReviewsBody } from "@/lib/review/review-dto";
import { Skeleton } from "@/components/ui/skeleton";
import type { Resource } from "./use-annotation-resource";
import { ReviewStateBadge } from "./review-state-badge";
import { DecisionList } from "./decision-list";
import { DecideForm } from "./decide-form";

type Props = { projectSlug: string; annotationId: string; version: number; reviews: Resource<ReviewsBody> };

// Where the annotation stands in review, what was decided, and (for a
// reviewer looking at a colleague's work) the buttons to decide.
export function ReviewSummary({ projectSlug, annotationId, version, reviews }: Props) {
  const { data, error } = reviews;
  if (error && !data) return <p className="text-xs text-destructive">{error}</p>;
  if (!data) return <Skeleton className="h-8 w-40" />;
  const changedSince = data.reviews[0] !== undefined && data.reviews[0].annotationVersion < data.annotationVersion;
  return (
    <div className="space-y-3" data-testid="review-summary">
      <div className="flex flex-wrap items-center gap-2">
        <ReviewStateBadge state={data.reviewState} />
        {changedSince ? <span className="text-xs text-muted-foreground">changed since the last decision</span> : null}
      </div>
      <DecisionList reviews={data.reviews} currentVersion={data.annotationVersion} />
      {data.canDecide ? <DecideForm projectSlug={projectSlug} annotationId={annotationId} version={version} onDecided={reviews.reload} /> : null}
    </div>
  );
}
