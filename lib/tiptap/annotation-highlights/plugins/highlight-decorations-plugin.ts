import { Plugin } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { ANNOTATION_HIGHLIGHTS_PLUGIN_KEY } from "../constants";
import type { HighlightSpan } from "../types";
import { buildHighlightDecorations } from "../utils/build-highlight-decorations";

// Holds the fallback renderer's decorations. A transaction carrying spans as
// this plugin's meta replaces them; every other transaction maps them.
export function createHighlightDecorationsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: ANNOTATION_HIGHLIGHTS_PLUGIN_KEY,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const spans = tr.getMeta(ANNOTATION_HIGHLIGHTS_PLUGIN_KEY) as readonly HighlightSpan[] | undefined;
        if (spans) return buildHighlightDecorations(tr.doc, spans);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => ANNOTATION_HIGHLIGHTS_PLUGIN_KEY.getState(state) ?? DecorationSet.empty,
    },
  });
}
