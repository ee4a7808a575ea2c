import type { EditorView } from "@tiptap/pm/view";
import { ANNOTATION_HIGHLIGHTS_PLUGIN_KEY } from "../constants";
import type { HighlightRenderer, HighlightSpan } from "../types";

/**
 * The fallback: hands the spans to the decorations plugin in a transaction
 * (which changes no text, so the read-only filter lets it through).
 */
export function createDecorationRenderer(view: EditorView): HighlightRenderer {
  let last: readonly HighlightSpan[] = [];
  const paint = (spans: readonly HighlightSpan[]) => {
    last = spans;
    if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(ANNOTATION_HIGHLIGHTS_PLUGIN_KEY, spans).setMeta("addToHistory", false));
  };
  return {
    kind: "decorations",
    paint,
    repaint: () => paint(last),
    // Decorations draw every span: ProseMirror renders them with the text.
    stats: () => ({ spans: last.length, registered: last.length }),
    destroy: () => {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(ANNOTATION_HIGHLIGHTS_PLUGIN_KEY, []));
    },
  };
}
