"use client";

import { useLayoutEffect } from "react";
import type { CompactAnnotations } from "@/lib/annotations/compact/compact-annotations-types";
import { expandAnnotations } from "@/lib/annotations/compact/expand-annotations";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import type { PanelLabels } from "@/components/editor/panel/types";
import { createHighlightStyler } from "../highlights/highlight-style-names";
import { createSpanBuilder } from "../highlights/create-span-builder";
import { highlightPriority } from "../highlights/highlight-priority";
import { paintStaticText } from "./paint-static-text";

type Props = {
  /** The workspace's own article object (the page then sends its text once). */
  article: { text: string };
  labels: PanelLabels;
  annotations: CompactAnnotations;
  userId: string;
  /** The annotation the page opens with selected (`?annotation=<id>`). */
  selectedId?: string;
};

/**
 * Paints the annotations over the server-rendered text (`StaticArticleText`)
 * as soon as the page hydrates, from a chunk with none of the editing
 * machinery: the workspace (Tiptap, list, panel, palette) loads after it and
 * takes over. Paints what the workspace would paint on opening — everyone's
 * annotations, others' marked, none unsaved, nothing hovered — and renders
 * nothing.
 */
export function StaticHighlightPainter({ article, labels, annotations, userId, selectedId }: Props) {
  useLayoutEffect(() => {
    const { text } = article;
    const root = document.querySelector<HTMLElement>("[data-static-article-text]");
    // Gone already when the workspace's code was at hand and its editor took over first.
    if (!root) return;
    const index = createCodePointIndex(text);
    const styler = createHighlightStyler(labels, { markOthers: true, currentUserId: userId });
    const spans = createSpanBuilder(index, styler)(expandAnnotations(annotations, index), { isUnsaved: () => false, selectedId: selectedId ?? null, hoveredId: null });
    paintStaticText(root, { text, spans, priorityOf: highlightPriority });
    // Painted once, on the state the page arrived with; the workspace clears it when its editor takes over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
