"use client";

import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { AnnotationPanel } from "@/components/editor/panel/annotation-panel";
import type { AnnotationPanelProps, PanelLabels } from "@/components/editor/panel/types";
import { cn } from "@/lib/cn";
import { ConflictNotice } from "./feedback/conflict-notice";
import type { AnnotationRecord } from "./store/types";
import { EmptyPanel } from "./empty-panel";

type Props = {
  /** The selected annotation as shown, and its record (save state, conflict). */
  selected: { annotation: AnnotationDTO; record: AnnotationRecord } | null;
  labels: PanelLabels;
  canCreate: boolean;
  panel: Omit<AnnotationPanelProps, "annotation" | "labels">;
  onApplyMine: () => void;
  onKeepTheirs: () => void;
  onDiscard: () => void;
};

/**
 * The right-hand column: the claim panel of the selected annotation (with a
 * conflict or refusal notice above it when a save needs the person), or how
 * to get started. Beside the text from `lg` up; over it below that.
 */
export function PanelColumn({ selected, labels, canCreate, panel, onApplyMine, onKeepTheirs, onDiscard }: Props) {
  const record = selected?.record;
  const needsPerson = !!record && (record.conflict !== null || (record.save.status === "failed" && !record.save.retryable));
  return (
    <div
      className={cn(
        "lg:sticky lg:top-14 lg:h-[calc(100dvh-3.5rem)] lg:self-start",
        selected ? "fixed inset-y-0 right-0 top-14 z-30 flex flex-col shadow-xl lg:static lg:shadow-none" : "hidden lg:flex lg:flex-col",
      )}
    >
      {selected ? (
        <>
          {needsPerson ? (
            <div className="w-[22rem] max-w-full border-l bg-card px-4 pt-4">
              <ConflictNotice record={selected.record} labels={labels} onApplyMine={onApplyMine} onKeepTheirs={onKeepTheirs} onDiscard={onDiscard} />
            </div>
          ) : null}
          <div className="min-h-0 flex-1">
            <AnnotationPanel annotation={selected.annotation} labels={labels} {...panel} />
          </div>
        </>
      ) : (
        <EmptyPanel canCreate={canCreate} />
      )}
    </div>
  );
}
