"use client";

import { useState } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CommentsBody, HistoryBody, ReviewsBody } from "@/lib/review/review-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { PanelSection } from "@/components/editor/panel/panel-section";
import { isLocalId } from "@/components/editor/store/local-annotation-id";
import { Button } from "@/components/ui/button";
import { useAnnotationResource } from "./use-annotation-resource";
import { ReviewSummary } from "./review-summary";
import { CommentThread } from "./comment-thread";
import { HistoryView } from "./history-view";

type Props = { annotation: AnnotationDTO; projectSlug: string; labels: PanelLabels };

// "Review & discussion" in the editor's annotation panel: review state and
// decisions (with the decide buttons for reviewers), the comment thread, and
// the history with restore. Each part refetches on a live event about this
// annotation. Mount it keyed by annotation id.
export function ReviewDiscussion(props: Props) {
  // A draft the server has not created yet has nothing to review or discuss.
  if (isLocalId(props.annotation.id)) return null;
  return <SavedReviewDiscussion {...props} />;
}

function SavedReviewDiscussion({ annotation, projectSlug, labels }: Props) {
  const [view, setView] = useState<"discussion" | "history">("discussion");
  const base = `/api/projects/${encodeURIComponent(projectSlug)}/annotations/${annotation.id}`;
  const reviews = useAnnotationResource<ReviewsBody>(`${base}/reviews`, annotation.id);
  const comments = useAnnotationResource<CommentsBody>(`${base}/comments`, annotation.id);
  const history = useAnnotationResource<HistoryBody>(view === "history" ? `${base}/history` : null, annotation.id);

  const toggle = (
    <div className="flex gap-1" role="group" aria-label="Show">
      {(["discussion", "history"] as const).map((v) => (
        <Button key={v} size="sm" variant={view === v ? "secondary" : "ghost"} className="h-7 px-2 text-xs" aria-pressed={view === v} onClick={() => setView(v)}>
          {v === "discussion" ? "Discussion" : "History"}
        </Button>
      ))}
    </div>
  );

  return (
    <PanelSection title="Review & discussion" action={toggle}>
      <div data-testid="review-discussion" className="space-y-4">
        {view === "discussion" ? (
          <>
            <ReviewSummary projectSlug={projectSlug} annotationId={annotation.id} version={annotation.version} reviews={reviews} />
            <CommentThread projectSlug={projectSlug} annotationId={annotation.id} comments={comments} />
          </>
        ) : (
          <HistoryView
            projectSlug={projectSlug}
            annotationId={annotation.id}
            version={annotation.version}
            labels={labels}
            history={history}
            onRestored={() => {
              history.reload();
              reviews.reload();
            }}
          />
        )}
      </div>
    </PanelSection>
  );
}
