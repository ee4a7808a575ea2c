"use client";

import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { Button } from "@/components/ui/button";
import { ORPHANED_LIST_HASH } from "./orphaned-list-hash";

type Props = {
  annotations: readonly AnnotationDTO[];
  selectedId: string | null;
  /** True when the text has a selection to move an annotation onto. */
  hasSelection: boolean;
  canEdit: (annotation: AnnotationDTO) => boolean;
  onSelect: (id: string) => void;
  onReattach: (id: string) => void;
};

/**
 * Annotations whose words were not found again after the text was corrected.
 * They are never dropped or guessed onto other words: a person selects where
 * they belong now and re-attaches them (a PATCH of start, end and quote).
 */
export function OrphanedAnnotations({ annotations, selectedId, hasSelection, canEdit, onSelect, onReattach }: Props) {
  if (annotations.length === 0) return null;
  return (
    <section
      id={ORPHANED_LIST_HASH}
      tabIndex={-1}
      aria-labelledby="orphaned-heading"
      className="mt-1 space-y-2 border-t pt-3 outline-none focus-visible:ring-2 focus-visible:ring-ring"
      data-testid="orphaned-annotations"
    >
      <h3 id="orphaned-heading" className="px-1 text-xs font-semibold text-warning">
        Orphaned — needs re-attaching ({annotations.length})
      </h3>
      <p className="px-1 text-xs text-muted-foreground">Select the words in the text where each belongs now, then re-attach it.</p>
      <ul className="space-y-2">
        {annotations.map((annotation) => (
          <li key={annotation.id} className="space-y-2 rounded-md border border-dashed border-warning/50 p-2 text-sm">
            <button
              type="button"
              className="block w-full text-left"
              aria-current={annotation.id === selectedId ? "true" : undefined}
              onClick={() => onSelect(annotation.id)}
            >
              <span className="text-xs text-muted-foreground">{annotation.kind === "CLAIM" ? "Claim" : "Mention"} · was:</span>{" "}
              <q className="line-through decoration-warning/60">{annotation.exact}</q>
            </button>
            {canEdit(annotation) ? (
              <Button size="sm" variant="outline" className="w-full" disabled={!hasSelection} onClick={() => onReattach(annotation.id)}>
                Re-attach to current selection
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
