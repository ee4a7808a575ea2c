"use client";

import { useLayoutEffect, type RefObject } from "react";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import { clearStaticText, isStaticTextPainted, paintStaticText } from "./paint-static-text";
import { toStaticPaintPlan } from "./static-paint-plan";

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
 * Paints the annotations over the server-rendered text, unless the early
 * painters (the inline script, or `StaticHighlightPainter`, hydrated before
 * this workspace's code has loaded) already have, and removes those highlights when the editor
 * takes over: in the same commit in which the editor paints its own (a
 * layout effect, run after the editor's), so no frame shows the text bare.
 */
export function useStaticHighlights({ root, active, text, spans, priorityOf }: Options): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!active || !element) return;
    // Painted once, on the state the page arrived with; the editor paints every change after.
    if (!isStaticTextPainted(element)) paintStaticText(element, toStaticPaintPlan(text, spans(), priorityOf));
    return () => clearStaticText(element);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
