"use client";

import { memo } from "react";
import { AlertCircleIcon, CircleDotIcon } from "lucide-react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { cn } from "@/lib/cn";

type Props = {
  annotation: AnnotationDTO;
  labels: PanelLabels;
  selected: boolean;
  saveState: "saved" | "unsaved" | "failed";
  onSelect: (id: string) => void;
};

const reviewNames = { PENDING: null, ACCEPTED: "accepted", REJECTED: "rejected", CHANGES_REQUESTED: "changes requested" } as const;

// One row's button (AnnotationRows wraps it in its <li>). Memoised on the
// annotation object, which the store keeps identical until that annotation
// changes, so a keystroke in the panel re-renders one row, not every row in view.
export const AnnotationListItem = memo(function AnnotationListItem({ annotation, labels, selected, saveState, onSelect }: Props) {
  const isClaim = annotation.kind === "CLAIM";
  const label = isClaim
    ? labels.statuses.find((l) => l.id === annotation.statusId)
    : labels.entityTypes.find((l) => l.id === annotation.entityTypeId);
  const labelName = label?.name ?? (isClaim ? "No status" : "No type");
  const review = reviewNames[annotation.reviewState];
  return (
    <button
      type="button"
      data-annotation-id={annotation.id}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(annotation.id)}
      className={cn(
        "group flex w-full flex-col gap-1 rounded-md border-l-[3px] px-3 py-2 text-left text-sm transition-colors hover:bg-accent",
        selected ? "bg-accent" : "bg-transparent",
      )}
      style={{ borderLeftColor: label?.color ?? (isClaim ? "var(--claim-border)" : "var(--entity-border)") }}
    >
      <span className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <span className={cn("font-medium", isClaim ? "text-claim-foreground" : "text-entity-foreground")}>{isClaim ? "Claim" : "Mention"}</span>
        <span aria-hidden="true">·</span>
        <span className="truncate">{labelName}</span>
        {review ? <span className="truncate">· {review}</span> : null}
        <span className="ml-auto flex shrink-0 items-center gap-1">
          {saveState === "failed" ? (
            <>
              <AlertCircleIcon aria-hidden="true" className="size-3.5 text-destructive" />
              <span className="text-destructive">Not saved</span>
            </>
          ) : saveState === "unsaved" ? (
            <>
              <CircleDotIcon aria-hidden="true" className="size-3.5 text-warning" />
              <span className="sr-only">Saving</span>
            </>
          ) : null}
        </span>
      </span>
      <span className="line-clamp-2 text-foreground">{annotation.exact}</span>
      <span className="truncate text-xs text-muted-foreground">{annotation.author.name}{annotation.note ? ` · ${annotation.note}` : ""}</span>
    </button>
  );
});
