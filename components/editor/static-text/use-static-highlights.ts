"use client";

import { useLayoutEffect, type RefObject } from "react";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import { supportsCssHighlights } from "@/lib/tiptap/annotation-highlights/utils/supports-css-highlights";
import { locateStaticText } from "./locate-static-text";

type Options = {
  /** The server-rendered text (`StaticArticleText`), while it is shown. */
  root: RefObject<HTMLElement | null>;
  /** True until the editor has taken over the text. */
  active: boolean;
  text: string;
  /** The editor's own spans (doc positions and style names), so both paint alike. */
  spans: () => readonly HighlightSpan[];
  priorityOf: (style: string) => number;
};

/**
 * Paints the annotations over the server-rendered text as soon as the page
 * hydrates, with the same CSS highlights the editor uses, so a reader sees
 * them without waiting for Tiptap to load and lay the text out again. When
 * the editor takes over, these highlights are dropped in the same commit in
 * which the editor paints its own (a layout effect), so no frame shows the
 * text bare.
 */
export function useStaticHighlights({ root, active, text, spans, priorityOf }: Options): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!active || !element || !supportsCssHighlights()) return;
    const rangeOf = locateStaticText(element);
    const mine = new Map<string, Highlight>();
    for (const span of spans()) {
      const range = rangeOf(docPosToTextOffset(text, span.from), docPosToTextOffset(text, span.to));
      if (!range) continue;
      for (const style of span.styles) {
        let highlight = mine.get(style);
        if (!highlight) {
          highlight = new Highlight();
          highlight.priority = priorityOf(style);
          mine.set(style, highlight);
        }
        highlight.add(range);
      }
    }
    for (const [style, highlight] of mine) CSS.highlights.set(style, highlight);
    return () => {
      for (const [style, highlight] of mine) if (CSS.highlights.get(style) === highlight) CSS.highlights.delete(style);
    };
    // Painted once, on the state the page arrived with; the editor paints every change after.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
