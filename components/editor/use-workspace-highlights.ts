"use client";

import { useMemo, type RefObject } from "react";
import type { Editor } from "@tiptap/react";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { PanelLabels } from "@/components/editor/panel/types";
import type { AnnotationStore } from "./store/create-annotation-store";
import { selectAnnotations } from "./store/select-annotations";
import { inLayer, type AnnotationLayer } from "./list/annotation-layer";
import { createHighlightStyler } from "./highlights/highlight-style-names";
import { buildHighlightStylesheet } from "./highlights/build-highlight-stylesheet";
import { openingHighlightRule } from "./highlights/highlight-rule";
import { createSpanBuilder } from "./highlights/create-span-builder";
import { useAnnotationHighlights } from "./highlights/use-annotation-highlights";
import { suggestionSpans } from "./suggestions/suggestion-spans";
import { highlightPriority } from "./highlights/highlight-priority";
import { useStaticHighlights } from "./static-text/use-static-highlights";
import type { AnnotationStoreState } from "./store/types";
import type { useSuggestions } from "./suggestions/use-suggestions";

type Options = {
  editor: Editor | null;
  store: AnnotationStore;
  index: CodePointIndex;
  labels: PanelLabels;
  layer: AnnotationLayer;
  userId: string;
  /** The selection's key as state (repaints when it changes) and as a ref (read while painting). */
  selectedKey: string | null;
  selectedKeyNow: RefObject<string | null>;
  hoveredId: string | null;
  /** The server-rendered text shown until the editor has loaded: painted first. */
  staticText: RefObject<HTMLElement | null>;
  suggestions: Pick<ReturnType<typeof useSuggestions>, "visible" | "focused">;
};

/**
 * Paints the annotations of the chosen layer, and the suggestions' ghost
 * highlights under them, into the editor (and, until it has loaded, over the
 * server-rendered text); returns the stylesheet that gives
 * each label its colour (with the server-rendered text's own rules until the
 * editor has taken over).
 */
export function useWorkspaceHighlights({ editor, store, index, labels, layer, userId, selectedKey, selectedKeyNow, hoveredId, staticText, suggestions }: Options): string {
  const styler = useMemo(
    () => createHighlightStyler(labels, { markOthers: layer.kind === "everyone", currentUserId: userId }),
    [labels, layer.kind, userId],
  );
  const stylesheet = useMemo(() => buildHighlightStylesheet(labels), [labels]);
  // Until the editor has taken over, the server-rendered text is drawn by unscoped rules (see `openingHighlightRule`).
  const openingStylesheet = useMemo(() => `${stylesheet}\n${buildHighlightStylesheet(labels, undefined, openingHighlightRule)}`, [stylesheet, labels]);
  const buildSpans = useMemo(() => createSpanBuilder(index, styler), [index, styler]);
  const ghostSpans = useMemo(
    () => suggestionSpans(suggestions.visible, index, suggestions.focused?.key ?? null),
    [suggestions.visible, suggestions.focused, index],
  );
  const computeSpans = (state: AnnotationStoreState) => {
    const latest = selectAnnotations(state);
    return buildSpans(
      layer.kind === "everyone" ? latest.list : latest.list.filter((a) => inLayer(a, layer, userId)),
      { isUnsaved: (id) => latest.unsaved.has(id), selectedId: selectedKeyNow.current === null ? null : store.resolveId(selectedKeyNow.current), hoveredId },
      ghostSpans,
    );
  };
  useAnnotationHighlights(editor, store, computeSpans, [layer, userId, buildSpans, selectedKey, hoveredId, ghostSpans]);
  useStaticHighlights({ root: staticText, active: !editor, text: index.text, spans: () => computeSpans(store.getState()), priorityOf: highlightPriority });
  return editor ? stylesheet : openingStylesheet;
}
