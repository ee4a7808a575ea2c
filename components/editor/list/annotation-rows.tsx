"use client";

import { useCallback, useEffect, type RefObject } from "react";
import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { AnnotationListItem } from "./annotation-list-item";

type Props = {
  annotations: readonly AnnotationDTO[];
  labels: PanelLabels;
  /** The box that scrolls the rows (and the orphans below them). */
  scrollRef: RefObject<HTMLDivElement | null>;
  selectedId: string | null;
  unsaved: ReadonlySet<string>;
  failed: ReadonlySet<string>;
  onSelect: (id: string) => void;
};

// A row's height before it is measured: one line of kind and status, two of
// quote, one of author (4.5rem); a gap of 0.25rem between rows.
const ESTIMATED_ROW_PX = 72;
const GAP_PX = 4;
// Rows rendered beyond each edge of the box, so fast scrolling and J/K
// rarely meet a blank row.
const OVERSCAN = 8;

// A row is measured by the ResizeObserver (after the browser's own layout),
// never when React attaches it: the library's default reads offsetHeight
// there, a forced layout of the whole page inside the commit of every new
// row (one per claim made with C). Until observed, a row keeps the size it
// had (by key) or the estimate.
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ESTIMATED_ROW_PX;
}

/**
 * The rows of the annotation list, only those in view (plus a few either
 * side): with 5,000 annotations a new claim re-renders and lays out a dozen
 * rows, not five thousand. Each rendered row says its position in the whole
 * list (aria-setsize/aria-posinset), so a screen reader still hears
 * "12 of 5,000". The selected row is scrolled into view inside the box only.
 */
export function AnnotationRows({ annotations, labels, scrollRef, selectedId, unsaved, failed, onSelect }: Props) {
  const getItemKey = useCallback((index: number) => annotations[index]?.id ?? index, [annotations]);
  // The virtualiser is a mutable instance by design (the compiler leaves
  // this component alone); it re-renders the rows whenever its range changes.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey,
    gap: GAP_PX,
    overscan: OVERSCAN,
    measureElement: measureRow,
    // Rendering on scroll inside a transition-driven tree: a synchronous
    // flush from the scroll handler is not needed, overscan covers the frame.
    useFlushSync: false,
  });

  // Only when the selection changes (not when the rows do): the person may
  // have scrolled the list away from the selected row on purpose.
  // In the next animation frame: scrolling reads the box's layout, which
  // right after a commit would be a forced layout of the page; in the frame
  // it is the layout the browser does anyway.
  useEffect(() => {
    if (selectedId === null) return;
    const index = annotations.findIndex((a) => a.id === selectedId);
    if (index < 0) return;
    const frame = requestAnimationFrame(() => virtualizer.scrollToIndex(index, { align: "auto" }));
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  return (
    <ul
      aria-label="Annotations in text order"
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      data-testid="annotation-list"
    >
      {virtualizer.getVirtualItems().map((row) => {
        const annotation = annotations[row.index]!;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={annotations.length}
            aria-posinset={row.index + 1}
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            <AnnotationListItem
              annotation={annotation}
              labels={labels}
              selected={annotation.id === selectedId}
              saveState={failed.has(annotation.id) ? "failed" : unsaved.has(annotation.id) ? "unsaved" : "saved"}
              onSelect={onSelect}
            />
          </li>
        );
      })}
    </ul>
  );
}
