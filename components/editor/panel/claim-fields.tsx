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
      <EvidenceField evidence={annotation.evidence} onChange={(evidence) => onChange({ evidence })} />
      <div className="border-t pt-4">
        <NoteField value={annotation.note} onChange={(note) => onChange({ note })} placeholder="Context, sources to try, open questions…" />
      </div>
    </div>
  );
}
