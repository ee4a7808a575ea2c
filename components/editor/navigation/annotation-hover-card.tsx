"use client";

import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LabelOption, PanelLabels } from "@/components/editor/panel/types";
import { Badge } from "@/components/ui/badge";

type Props = {
  annotation: AnnotationDTO;
  labels: PanelLabels;
  point: { x: number; y: number };
  unsaved: boolean;
};

const reviewNames = { PENDING: null, ACCEPTED: "Accepted", REJECTED: "Rejected", CHANGES_REQUESTED: "Changes requested" } as const;

function LabelLine({ label, fallback }: { label: LabelOption | undefined; fallback: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: label?.color ?? "var(--muted-foreground)" }} />
      {label?.name ?? fallback}
    </span>
  );
}

/**
 * What a highlight is, shown while the pointer rests on it: kind, status or
 * entity type, the start of the note and the author. Visual only (the same
 * facts are in the list and the panel, which keyboard and screen-reader
 * users reach directly), so it never takes focus or the pointer.
 */
export function AnnotationHoverCard({ annotation, labels, point, unsaved }: Props) {
  const isClaim = annotation.kind === "CLAIM";
  const status = labels.statuses.find((l) => l.id === annotation.statusId);
  const claimType = labels.claimTypes.find((l) => l.id === annotation.claimTypeId);
  const entityType = labels.entityTypes.find((l) => l.id === annotation.entityTypeId);
  const review = reviewNames[annotation.reviewState];
  const width = 288;
  const left = Math.max(8, Math.min(point.x - 24, window.innerWidth - width - 8));
  const below = point.y + 160 < window.innerHeight;
  return (
    <div
      aria-hidden="true"
      data-testid="annotation-hover-card"
      className="pointer-events-none fixed z-50 w-72 space-y-1.5 rounded-lg border bg-popover p-3 text-xs text-popover-foreground shadow-lg animate-fade-in"
      style={below ? { left, top: point.y + 20 } : { left, bottom: window.innerHeight - point.y + 12 }}
    >
      <div className="flex items-center gap-2">
        <Badge variant={isClaim ? "claim" : "entity"}>{isClaim ? "Claim" : "Entity mention"}</Badge>
        {unsaved ? <span className="font-medium text-warning">Not saved yet</span> : null}
        {review ? <span className="text-muted-foreground">{review}</span> : null}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 font-medium">
        {isClaim ? (
          <>
            <LabelLine label={status} fallback="No status" />
            {claimType ? <span className="text-muted-foreground">{claimType.name}</span> : null}
          </>
        ) : (
          <LabelLine label={entityType} fallback="No type" />
        )}
      </p>
      {annotation.note ? <p className="line-clamp-3 text-muted-foreground">{annotation.note}</p> : null}
      {isClaim && (annotation.entities.length > 0 || annotation.evidence.length > 0) ? (
        <p className="text-muted-foreground">
          {annotation.entities.length} {annotation.entities.length === 1 ? "entity" : "entities"} · {annotation.evidence.length} evidence
        </p>
      ) : null}
      <p className="text-muted-foreground">by {annotation.author.name}</p>
    </div>
  );
}
