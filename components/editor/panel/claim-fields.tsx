"use client";

import { useId } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { CheckWorthinessField } from "@/components/editor/panel/check-worthiness-field";
import { ConfidenceField } from "@/components/editor/panel/confidence-field";
import { EvidenceField } from "@/components/editor/panel/evidence-field";
import { LabelSelect } from "@/components/editor/panel/label-select";
import { LinkedEntitiesField } from "@/components/editor/panel/linked-entities-field";
import { NoteField } from "@/components/editor/panel/note-field";
import { PanelField } from "@/components/editor/panel/panel-field";
import type { AnnotationPanelProps } from "@/components/editor/panel/types";
import { CLAIM_SUMMARY_ADVISED, CLAIM_SUMMARY_MAX, VERDICT_EXPLANATION_MAX } from "@/lib/validations/annotation";

type ClaimFieldsProps = Pick<AnnotationPanelProps, "labels" | "projectSlug" | "onChange"> & {
  annotation: AnnotationDTO;
  mentionsInside: readonly AnnotationDTO[];
};

// The editable claim: each control sends only its own field.
export function ClaimFields({ annotation, mentionsInside, labels, projectSlug, onChange }: ClaimFieldsProps) {
  const id = useId();
  return (
    <div className="space-y-4">
      <PanelField id={`${id}-type`} label="Claim type">
        <LabelSelect
          id={`${id}-type`}
          value={annotation.claimTypeId}
          options={labels.claimTypes}
          noneLabel="No type"
          onValueChange={(claimTypeId) => onChange({ claimTypeId })}
        />
      </PanelField>
      <PanelField id={`${id}-status`} label="Verification status">
        <LabelSelect
          id={`${id}-status`}
          value={annotation.statusId}
          options={labels.statuses}
          noneLabel="No status"
          showRating
          onValueChange={(statusId) => onChange({ statusId })}
        />
      </PanelField>
      <CheckWorthinessField value={annotation.checkWorthiness} onChange={(checkWorthiness) => onChange({ checkWorthiness })} />
      <ConfidenceField value={annotation.confidence} onChange={(confidence) => onChange({ confidence })} />
      <LinkedEntitiesField
        projectSlug={projectSlug}
        links={annotation.entities}
        mentionsInside={mentionsInside}
        entityTypes={labels.entityTypes}
        onChange={(entities) => onChange({ entities })}
      />
      <NoteField
        label="Summary (public)"
        short
        value={annotation.summary}
        maxLength={CLAIM_SUMMARY_MAX}
        advisedLength={CLAIM_SUMMARY_ADVISED}
        hint="What is claimed, in neutral words. Published as ClaimReview's claimReviewed; empty: the quote."
        onChange={(summary) => onChange({ summary })}
      />
      <NoteField
        label="Verdict explanation (public)"
        value={annotation.verdictExplanation}
        maxLength={VERDICT_EXPLANATION_MAX}
        hint="Why the verdict: published with it (ClaimReview's ratingExplanation)."
        onChange={(verdictExplanation) => onChange({ verdictExplanation })}
      />
      <EvidenceField evidence={annotation.evidence} onChange={(evidence) => onChange({ evidence })} />
      <div className="border-t pt-4">
        <NoteField
          hint="Internal: never published unless an export asks for it."
          value={annotation.note}
          onChange={(note) => onChange({ note })}
          placeholder="Context, sources to try, open questions…"
        />
      </div>
    </div>
  );
}
