"use client";

import { useLayoutEffect } from "react";
import type { Editor } from "@tiptap/react";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";

const MEASURE = "claimdesk:highlights";

/**
 * Paints `spans` over the editor's text whenever they change, before the
 * browser paints the frame. Each paint is recorded as a performance measure
 * named "claimdesk:highlights" (see it in DevTools' Performance panel or
 * `performance.getEntriesByName`), so the cost of a paint is always
 * observable on the real page.
 */
export function useAnnotationHighlights(editor: Editor | null, spans: readonly HighlightSpan[]): void {
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const start = performance.now();
    editor.commands.setAnnotationHighlights(spans);
    performance.measure(MEASURE, { start, end: performance.now(), detail: { spans: spans.length } });
  }, [editor, spans]);
}
