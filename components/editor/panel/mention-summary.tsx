"use client";

import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { entityFallbackName } from "@/components/editor/panel/entity-display-name";
import { EntityOptionContent } from "@/components/editor/panel/entity-option-content";
import { EntityPageLink } from "@/components/editor/panel/entity-page-link";
import { LabelName } from "@/components/editor/panel/label-name";
import { SummaryRow } from "@/components/editor/panel/summary-row";
import { useEntityLookup } from "@/components/editor/panel/use-entity-lookup";
import type { PanelLabels } from "@/components/editor/panel/types";

type MentionSummaryProps = { annotation: AnnotationDTO; labels: PanelLabels; projectSlug: string };

// An entity mention for someone who may not edit it.
export function MentionSummary({ annotation, labels, projectSlug }: MentionSummaryProps) {
  const lookup = useEntityLookup(projectSlug, annotation.entityId ? [annotation.entityId] : []);
  const entity = annotation.entityId ? lookup.get(annotation.entityId) : undefined;
  const type = labels.entityTypes.find((candidate) => candidate.id === entity?.typeId);
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      <SummaryRow term="Type">
        <LabelName id={annotation.entityTypeId} options={labels.entityTypes} />
      </SummaryRow>
      <SummaryRow term="Entity">
        {entity ? (
          <span className="flex items-start gap-1">
            <span className="min-w-0 flex-1">
              <EntityOptionContent entity={entity} type={type} />
            </span>
            <EntityPageLink projectSlug={projectSlug} entityId={entity.id} name={entity.name} />
          </span>
        ) : annotation.entityId ? (
          lookup.settled ? (
            entityFallbackName(annotation.entityId)
          ) : (
            "Loading…"
          )
        ) : null}
      </SummaryRow>
      <SummaryRow term="Note">{annotation.note ? <span className="whitespace-pre-line">{annotation.note}</span> : null}</SummaryRow>
    </dl>
  );
}
