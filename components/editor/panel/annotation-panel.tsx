"use client";

import { useId } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { ClaimFields } from "@/components/editor/panel/claim-fields";
import { ClaimSummary } from "@/components/editor/panel/claim-summary";
import { MentionFields } from "@/components/editor/panel/mention-fields";
import { MentionSummary } from "@/components/editor/panel/mention-summary";
import { PanelHeader } from "@/components/editor/panel/panel-header";
import { VerdictChangedBanner } from "@/components/editor/panel/verdict-changed-banner";
import type { AnnotationPanelProps } from "@/components/editor/panel/types";
import { ReviewDiscussion } from "@/components/review/review-discussion";
import { ClaimClusterSection } from "@/components/clusters/claim-cluster-section";
import { isLocalId } from "@/components/editor/store/local-annotation-id";

// The details of the selected claim or entity mention, beside the text. It
// holds no annotation state: every edit goes to `onChange` with only the
// changed fields, and the core saves it and passes the result back in.
// `data-annotation-panel` lets the core's shortcuts ignore keys typed here.
// Parts are keyed by annotation id so drafts and open forms never carry over
// to the next annotation selected.
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { annotation, mentionsInside, labels, projectSlug, canEdit, canConfirmVerdict, saveState, onChange, onClose, onDelete, canLinkCluster, onOpenLinkDialog } = props;
  const headingId = useId();
  const isClaim = annotation.kind === "CLAIM";
  return (
    <aside
      aria-labelledby={headingId}
      data-annotation-panel=""
      data-annotation-id={annotation.id}
      className="flex h-full w-[22rem] max-w-full shrink-0 flex-col gap-4 overflow-y-auto overscroll-contain border-l bg-card p-4 text-card-foreground"
    >
      <PanelHeader
        key={`header-${annotation.id}`}
        annotation={annotation}
        headingId={headingId}
        canEdit={canEdit}
        saveState={saveState}
        onClose={onClose}
        onDelete={onDelete}
      />
      {annotation.anchorState === "ORPHANED" ? (
        <Alert variant="warning" role="status" className="px-3 py-2">
          <AlertDescription>
            <p>This annotation lost its place when the text was corrected; its words are no longer found in the article.</p>
          </AlertDescription>
        </Alert>
      ) : null}
      {isClaim && annotation.textChangedAfterVerdict ? (
        <VerdictChangedBanner
          canConfirm={canEdit && (canConfirmVerdict ?? true)}
          onConfirm={() => onChange({ textChangedAfterVerdict: false })}
        />
      ) : null}
      {!canEdit ? <p className="text-xs text-muted-foreground">You can view this {isClaim ? "claim" : "mention"} but not edit it.</p> : null}
      {isClaim ? (
        canEdit ? (
          <ClaimFields key={annotation.id} annotation={annotation} mentionsInside={mentionsInside} labels={labels} projectSlug={projectSlug} onChange={onChange} />
        ) : (
          <ClaimSummary key={annotation.id} annotation={annotation} labels={labels} projectSlug={projectSlug} />
        )
      ) : canEdit ? (
        <MentionFields key={annotation.id} annotation={annotation} labels={labels} projectSlug={projectSlug} onChange={onChange} />
      ) : (
        <MentionSummary key={annotation.id} annotation={annotation} labels={labels} projectSlug={projectSlug} />
      )}
      {isClaim && !isLocalId(annotation.id) && annotation.anchorState === "ANCHORED" ? (
        <ClaimClusterSection
          key={`cluster-${annotation.id}`}
          projectSlug={projectSlug}
          claim={{ id: annotation.id, exact: annotation.exact, articleId: annotation.articleId }}
          canLink={canLinkCluster ?? false}
          onOpenLinkDialog={() => onOpenLinkDialog?.()}
        />
      ) : null}
      <ReviewDiscussion key={`review-${annotation.id}`} annotation={annotation} projectSlug={projectSlug} labels={labels} />
    </aside>
  );
}
