"use client";

import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import type { Editor } from "@tiptap/react";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import type { AnnotationStore } from "@/components/editor/store/create-annotation-store";
import type { AnnotationStoreState } from "@/components/editor/store/types";

const MEASURE = "claimdesk:highlights";

/**
 * Keeps the highlights equal to `computeSpans(store state)`. Paints straight
 * from the store subscription — in the same task as the keystroke that
 * created or changed an annotation, before React renders anything — and
 * again when the view inputs (`inputs`: layer, selection, hover…) change.
 * Spans are always computed from the store's current state, never from a
 * React copy that may lag behind it, so a paint never takes a new highlight
 * away. Each paint is recorded as a performance measure named
 * "claimdesk:highlights" (DevTools, `performance.getEntriesByName`).
 */
export function useAnnotationHighlights(
  editor: Editor | null,
  store: AnnotationStore,
  computeSpans: (state: AnnotationStoreState) => readonly HighlightSpan[],
  inputs: readonly unknown[],
): void {
  const compute = useRef(computeSpans);
  useLayoutEffect(() => {
    compute.current = computeSpans;
  });

  const paint = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const start = performance.now();
    const spans = compute.current(store.getState());
    editor.commands.setAnnotationHighlights(spans);
    performance.measure(MEASURE, { start, end: performance.now(), detail: { spans: spans.length } });
  }, [editor, store]);

  useEffect(() => store.subscribe(paint), [store, paint]);
  // `inputs` are what computeSpans reads besides the store.
  useLayoutEffect(paint, [paint, ...inputs]);
}
