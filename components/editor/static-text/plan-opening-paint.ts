import type { CompactAnnotations } from "@/lib/annotations/compact/compact-annotations-types";
import { expandAnnotationsOnce } from "@/lib/annotations/compact/expand-annotations-once";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import type { PanelLabels } from "@/components/editor/panel/types";
import { createHighlightStyler } from "../highlights/highlight-style-names";
import { createSpanBuilder } from "../highlights/create-span-builder";
import { highlightPriority } from "../highlights/highlight-priority";
import { toStaticPaintPlan, type StaticPaintPlan } from "./static-paint-plan";

export type OpeningPaint = {
  text: string;
  labels: PanelLabels;
  annotations: CompactAnnotations;
  userId: string;
  /** The annotation the page opens with selected (`?annotation=<id>`). */
  selectedId?: string;
};

/**
 * What the workspace would paint on opening, as a plan for the
 * server-rendered text: everyone's annotations, others' marked, none
 * unsaved, nothing hovered, the linked one selected. The same on the server
 * (the inline script) and in the browser (the early painter).
 */
export function planOpeningPaint({ text, labels, annotations, userId, selectedId }: OpeningPaint): StaticPaintPlan {
  const index = createCodePointIndex(text);
  const styler = createHighlightStyler(labels, { markOthers: true, currentUserId: userId });
  const spans = createSpanBuilder(index, styler)(expandAnnotationsOnce(annotations, index), { isUnsaved: () => false, selectedId: selectedId ?? null, hoveredId: null });
  return toStaticPaintPlan(text, spans, highlightPriority);
}
