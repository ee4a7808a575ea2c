"use client";

import { memo } from "react";
import { XIcon } from "lucide-react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { AnnotationList } from "./annotation-list";
import { OrphanedAnnotations } from "./orphaned-annotations";
import type { AnnotationFilters } from "./filter-annotations";

/** Everything the list shows, as one value so it can be deferred as one. */
export type SidebarModel = {
  listed: readonly AnnotationDTO[];
  total: number;
  orphaned: readonly AnnotationDTO[];
  unsaved: ReadonlySet<string>;
  failed: ReadonlySet<string>;
  selectedId: string | null;
};

type Props = {
  model: SidebarModel;
  /** `model` is a render behind (a deferred update is on its way). */
  stale: boolean;
  labels: PanelLabels;
  filters: AnnotationFilters;
  onFiltersChange: (filters: AnnotationFilters) => void;
  /** Below `xl` the list is an overlay opened from the toolbar. */
  open: boolean;
  onClose: () => void;
  hasSelection: boolean;
  canEdit: (annotation: AnnotationDTO) => boolean;
  onSelect: (id: string) => void;
  onSelectOrphan: (id: string) => void;
  onReattach: (id: string) => void;
};

/**
 * The left column. Memoised, and fed one deferred model with stable
 * callbacks, so hovering or creating an annotation never waits for
 * thousands of rows: they update in a background render.
 */
export const AnnotationSidebar = memo(function AnnotationSidebar(props: Props) {
  const { model, stale, labels, filters, onFiltersChange, open, onClose, hasSelection, canEdit, onSelect, onSelectOrphan, onReattach } = props;
  return (
    <aside
      aria-label="Annotation list"
      className={cn(
        "flex-col border-r bg-background p-3 xl:sticky xl:top-14 xl:flex xl:h-[calc(100dvh-3.5rem)] xl:self-start",
        open ? "fixed inset-y-0 left-0 top-14 z-30 flex w-80 shadow-xl" : "hidden",
      )}
    >
      {open ? (
        <Button variant="ghost" size="icon-sm" className="absolute right-2 top-2 xl:hidden" aria-label="Close the list" onClick={onClose}>
          <XIcon />
        </Button>
      ) : null}
      <AnnotationList
        annotations={model.listed}
        stale={stale}
        total={model.total}
        labels={labels}
        filters={filters}
        onFiltersChange={onFiltersChange}
        selectedId={model.selectedId}
        unsaved={model.unsaved}
        failed={model.failed}
        onSelect={onSelect}
      >
        <OrphanedAnnotations
          annotations={model.orphaned}
          selectedId={model.selectedId}
          hasSelection={hasSelection}
          canEdit={canEdit}
          onSelect={onSelectOrphan}
          onReattach={onReattach}
        />
      </AnnotationList>
    </aside>
  );
});
