"use client";

import { memo, useRef } from "react";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";
import { AnnotationFilterBar } from "./annotation-filter-bar";
import { AnnotationRows } from "./annotation-rows";
import { isFiltered, NO_FILTERS, type AnnotationFilters } from "./filter-annotations";

type Props = {
  annotations: readonly AnnotationDTO[];
  /** The rows are a render behind (a deferred update is on its way). */
  stale: boolean;
  total: number;
  labels: PanelLabels;
  filters: AnnotationFilters;
  onFiltersChange: (filters: AnnotationFilters) => void;
  selectedId: string | null;
  unsaved: ReadonlySet<string>;
  failed: ReadonlySet<string>;
  onSelect: (id: string) => void;
  children?: React.ReactNode;
};

/** The article's annotations in text order, filtered, virtualised; the selected one is kept in view. */
export const AnnotationList = memo(function AnnotationList(props: Props) {
  const { annotations, stale, total, labels, filters, onFiltersChange, selectedId, unsaved, failed, onSelect, children } = props;
  // The box scrolls the rows and the orphaned section under them.
  const scrollRef = useRef<HTMLDivElement>(null);

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3" aria-busy={stale} data-testid="annotation-list-box">
      <div className="flex items-baseline justify-between gap-2 px-1">
        <h2 className="text-sm font-semibold">Annotations</h2>
        <span className="text-xs text-muted-foreground" data-testid="annotation-count">
          {isFiltered(filters) ? `${annotations.length} of ${total}` : total}
        </span>
      </div>
      <AnnotationFilterBar filters={filters} labels={labels} onChange={onFiltersChange} />
      <div ref={scrollRef} className="-mx-1 min-h-0 flex-1 overflow-y-auto px-1">
        {annotations.length === 0 && !stale ? (
          <div className="space-y-2 px-1 py-6 text-center text-sm text-muted-foreground">
            {isFiltered(filters) ? (
              <>
                <p>No annotation matches these filters.</p>
                <Button size="sm" variant="outline" onClick={() => onFiltersChange(NO_FILTERS)}>
                  Clear filters
                </Button>
              </>
            ) : (
              <p>No annotations yet. Select text in the article to add one.</p>
            )}
          </div>
        ) : (
          <AnnotationRows
            annotations={annotations}
            labels={labels}
            scrollRef={scrollRef}
            selectedId={selectedId}
            unsaved={unsaved}
            failed={failed}
            onSelect={onSelect}
          />
        )}
        {children}
      </div>
    </div>
  );
});
