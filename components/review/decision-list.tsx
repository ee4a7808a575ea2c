import type { ReviewDTO } from "@/lib/review/review-dto";
import { decisionVerbs } from "./review-labels";
import { RelativeTime } from "./relative-time";

// The decisions on an annotation, newest first, each with its comment and
// the version it judged (so a decision on an older state reads as such).
export function DecisionList({ reviews, currentVersion }: { reviews: ReviewDTO[]; currentVersion: number }) {
  if (reviews.length === 0) return <p className="text-xs text-muted-foreground">No decisions yet.</p>;
  return (
    <ol className="space-y-2" aria-label="Decisions" data-testid="decision-list">
      {reviews.map((review) => (
        <li key={review.id} className="rounded-md border bg-background px-2.5 py-2 text-sm">
          <p>
            <span className="font-medium">{review.reviewer.name}</span> {decisionVerbs[review.decision]}{" "}
            <span className="text-xs text-muted-foreground">
              · <RelativeTime iso={review.createdAt} />
              {review.annotationVersion !== currentVersion ? ` · on version ${review.annotationVersion}` : null}
            </span>
          </p>
          {review.comment ? <p className="mt-1 whitespace-pre-wrap break-words text-muted-foreground">{review.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
