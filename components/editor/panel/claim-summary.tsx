"use client";

import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { confidenceToPercent } from "@/components/editor/panel/confidence-percent";
import { entityFallbackName } from "@/components/editor/panel/entity-display-name";
import { entityRoleLabels } from "@/components/editor/panel/entity-role-labels";
import { EntityPageLink } from "@/components/editor/panel/entity-page-link";
import { EvidenceItem } from "@/components/editor/panel/evidence-item";
import { LabelDot } from "@/components/editor/panel/label-dot";
import { LabelName } from "@/components/editor/panel/label-name";
import { SummaryRow } from "@/components/editor/panel/summary-row";
import { useEntityLookup } from "@/components/editor/panel/use-entity-lookup";
import type { PanelLabels } from "@/components/editor/panel/types";

type ClaimSummaryProps = { annotation: AnnotationDTO; labels: PanelLabels; projectSlug: string };

// A claim for someone who may not edit it: every value as text, no inputs.
export function ClaimSummary({ annotation, labels, projectSlug }: ClaimSummaryProps) {
  const lookup = useEntityLookup(
    projectSlug,
    annotation.entities.map((link) => link.entityId),
  );
  const confidence = confidenceToPercent(annotation.confidence);
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        <SummaryRow term="Claim type">
          <LabelName id={annotation.claimTypeId} options={labels.claimTypes} />
        </SummaryRow>
        <SummaryRow term="Status">
          <LabelName id={annotation.statusId} options={labels.statuses} showRating />
        </SummaryRow>
        <SummaryRow term="Check-worthiness">{annotation.checkWorthiness === null ? null : `${annotation.checkWorthiness} of 5`}</SummaryRow>
        <SummaryRow term="Confidence">{confidence === null ? null : `${confidence} %`}</SummaryRow>
      </dl>
      <div className="space-y-1.5 border-t pt-4">
        <h3 className="text-sm font-semibold">Entities</h3>
        {annotation.entities.length === 0 ? (
          <p className="text-sm text-muted-foreground">None linked.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {annotation.entities.map((link) => {
              const entity = lookup.get(link.entityId);
              const type = labels.entityTypes.find((candidate) => candidate.id === entity?.typeId);
              return (
                <li key={`${link.entityId}-${link.role}`} className="flex items-center gap-2">
                  <LabelDot color={type?.color} className="size-2" />
                  <span className="min-w-0 truncate font-medium">
                    {entity?.name ?? (lookup.settled ? entityFallbackName(link.entityId) : "Loading…")}
                  </span>
                  <span className="shrink-0 text-xs text-muted-foreground">
                    {type ? `${type.name} · ` : ""}
                    {entityRoleLabels[link.role].name}
                  </span>
                  <EntityPageLink projectSlug={projectSlug} entityId={link.entityId} name={entity?.name ?? "the entity"} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="space-y-1.5 border-t pt-4">
        <h3 className="text-sm font-semibold">Evidence</h3>
        {annotation.evidence.length === 0 ? (
          <p className="text-sm text-muted-foreground">None.</p>
        ) : (
          <ul className="space-y-2">
            {annotation.evidence.map((item, index) => (
              <EvidenceItem key={`${item.id}-${index}`} item={item} />
            ))}
          </ul>
        )}
      </div>
      <div className="space-y-1.5 border-t pt-4">
        <h3 className="text-sm font-semibold">Note</h3>
        {annotation.note ? (
          <p className="whitespace-pre-line break-words text-sm">{annotation.note}</p>
        ) : (
          <p className="text-sm text-muted-foreground">No note.</p>
        )}
      </div>
    </div>
  );
}
