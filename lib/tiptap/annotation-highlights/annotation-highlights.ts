import { Extension } from "@tiptap/core";
import { createHighlightDecorationsPlugin } from "./plugins/highlight-decorations-plugin";
import { createCssHighlightRenderer } from "./renderers/create-css-highlight-renderer";
import { createDecorationRenderer } from "./renderers/create-decoration-renderer";
import { supportsCssHighlights } from "./utils/supports-css-highlights";
import type { AnnotationHighlightsOptions, AnnotationHighlightsStorage, HighlightSpan } from "./types";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    annotationHighlights: {
      /** Paints exactly these spans; only what changed since the last call is redrawn. */
      setAnnotationHighlights: (spans: readonly HighlightSpan[]) => ReturnType;
      /** Redraws every span, e.g. after the text nodes were re-rendered. */
      repaintAnnotationHighlights: () => ReturnType;
    };
  }
  interface Storage {
    annotationHighlights: AnnotationHighlightsStorage;
  }
}

/**
 * Draws annotations over the article without putting them in the document:
 * the CSS Custom Highlight API where available, inline decorations
 * otherwise. Style names are the caller's; the stylesheet that gives them
 * colour lives with the component that chooses them.
 */
export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions, AnnotationHighlightsStorage>({
  name: "annotationHighlights",

  addOptions() {
    return { renderer: "auto", priorityOf: () => 0 };
  },

  addStorage() {
    return { renderer: null, spans: [] };
  },

  addCommands() {
    return {
      setAnnotationHighlights:
        (spans) =>
        ({ editor, tr }) => {
          // Painting is not a document change: nothing to dispatch (the
          // decorations renderer dispatches its own meta transaction).
          tr.setMeta("preventDispatch", true);
          const storage = editor.storage.annotationHighlights;
          storage.spans = spans;
          if (!storage.renderer) {
            const useCss = this.options.renderer === "css-highlights" || (this.options.renderer === "auto" && supportsCssHighlights());
            storage.renderer = useCss ? createCssHighlightRenderer(editor.view, this.options.priorityOf) : createDecorationRenderer(editor.view);
          }
          storage.renderer.paint(spans);
          return true;
        },
      repaintAnnotationHighlights:
        () =>
        ({ editor, tr }) => {
          tr.setMeta("preventDispatch", true);
          editor.storage.annotationHighlights.renderer?.repaint();
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [createHighlightDecorationsPlugin()];
  },

  onUpdate() {
    // Only a restore after IME composition changes the document; its text
    // nodes are new, so ranges into the old ones must be rebuilt.
    this.storage.renderer?.repaint();
  },

  onDestroy() {
    this.storage.renderer?.destroy();
    this.storage.renderer = null;
  },
});
