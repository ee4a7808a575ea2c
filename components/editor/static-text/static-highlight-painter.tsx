"use client";

import type { CompactAnnotations } from "@/lib/annotations/compact/compact-annotations-types";
import { expandAnnotations } from "@/lib/annotations/compact/expand-annotations";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import type { PanelLabels } from "@/components/editor/panel/types";
import { createHighlightStyler } from "../highlights/highlight-style-names";
import { createSpanBuilder } from "../highlights/create-span-builder";
import { highlightPriority } from "../highlights/highlight-priority";
import { isStaticTextPainted, paintStaticText } from "./paint-static-text";

type Props = {
  /** The workspace's own article object. */
  article: { text: string };
  labels: PanelLabels;
  annotations: CompactAnnotations;
  userId: string;
  /** The annotation the page opens with selected (`?annotation=<id>`). */
  selectedId?: string;
};

/**
 * Paints the annotations over the server-rendered text (`StaticArticleText`)
 * from a chunk with none of the editing machinery, what the workspace would
 * paint on opening: everyone's annotations, others' marked, none unsaved,
 * nothing hovered. Renders nothing.
 *
 * It paints while rendering, not in an effect: the hydration render that
 * reaches it then waits for the workspace's chunk and commits only once
 * that has loaded, so an effect would run no sooner than the workspace's
 * own. Painting touches no React state or DOM node, only the CSS highlight
 * registry, and happens once per server-rendered text (later renders find
 * it painted, or gone once the editor has taken over).
 */
export function StaticHighlightPainter({ article, labels, annotations, userId, selectedId }: Props) {
  if (typeof document === "undefined") return null;
  const root = document.querySelector<HTMLElement>("[data-static-article-text]");
  if (!root || isStaticTextPainted(root)) return null;
  const { text } = article;
  const index = createCodePointIndex(text);
  const styler = createHighlightStyler(labels, { markOthers: true, currentUserId: userId });
  const spans = createSpanBuilder(index, styler)(expandAnnotations(annotations, index), { isUnsaved: () => false, selectedId: selectedId ?? null, hoveredId: null });
  paintStaticText(root, { text, spans, priorityOf: highlightPriority });
  return null;
}
