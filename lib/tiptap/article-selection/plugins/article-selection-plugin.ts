import { Plugin, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { ARTICLE_SELECTION_PLUGIN_KEY } from "../constants";
import type { ArticleSelectionOptions, ArticleSelectionStorage } from "../types";
import { canonicalTextOf } from "../utils/canonical-text-of";
import { snapRangeToWords } from "../utils/snap-range-to-words";
import { wordRangeAt } from "../utils/word-range-at";
import { sentenceRangeAt } from "../utils/sentence-range-at";

type Span = { start: number; end: number } | null;

// Sets a text selection over UTF-16 offsets [start, end) of the canonical
// text, keeping the direction the person dragged in.
function selectOffsets(view: EditorView, text: string, span: { start: number; end: number }, backwards = false) {
  const from = textOffsetToDocPos(text, span.start);
  const to = textOffsetToDocPos(text, span.end);
  const selection = backwards ? TextSelection.create(view.state.doc, to, from) : TextSelection.create(view.state.doc, from, to);
  view.dispatch(view.state.tr.setSelection(selection).setMeta(ARTICLE_SELECTION_PLUGIN_KEY, true));
}

// Double and triple clicks: a word and a sentence of the textblock that was
// clicked, found by Intl.Segmenter on that block's own text.
function selectInBlock(view: EditorView, pos: number, find: (blockText: string, offset: number) => Span): boolean {
  const $pos = view.state.doc.resolve(pos);
  if (!$pos.parent.isTextblock) return false;
  const blockStart = $pos.start();
  const blockText = $pos.parent.textBetween(0, $pos.parent.content.size, undefined, "\n");
  const span = find(blockText, pos - blockStart);
  if (!span) return false;
  view.dispatch(
    view.state.tr
      .setSelection(TextSelection.create(view.state.doc, blockStart + span.start, blockStart + span.end))
      .setMeta(ARTICLE_SELECTION_PLUGIN_KEY, true),
  );
  return true;
}

export function createArticleSelectionPlugin(options: ArticleSelectionOptions, storage: ArticleSelectionStorage): Plugin {
  return new Plugin({
    key: ARTICLE_SELECTION_PLUGIN_KEY,
    props: {
      handleDoubleClick: (view, pos) => selectInBlock(view, pos, (text, offset) => wordRangeAt(text, offset, options.locale)),
      handleTripleClick: (view, pos) => selectInBlock(view, pos, (text, offset) => sentenceRangeAt(text, offset, options.locale)),
    },
    view: (view) => {
      let pressed = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onMouseDown = (event: MouseEvent) => {
        pressed = event.button === 0;
        storage.exactRange = null;
      };
      // On the document, not the editor: a drag may end outside the text.
      const onMouseUp = (event: MouseEvent) => {
        if (!pressed) return;
        pressed = false;
        const exact = event.altKey;
        // After the browser and ProseMirror have settled the selection.
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (view.isDestroyed) return;
          const { from, to, anchor, head } = view.state.selection;
          if (from === to) return;
          if (exact) {
            storage.exactRange = { from, to };
            return;
          }
          if (!options.snapOnMouseUp) return;
          const text = canonicalTextOf(view.state.doc);
          const snapped = snapRangeToWords(text, docPosToTextOffset(text, from), docPosToTextOffset(text, to), options.locale);
          if (!snapped) return;
          if (textOffsetToDocPos(text, snapped.start) === from && textOffsetToDocPos(text, snapped.end) === to) return;
          selectOffsets(view, text, snapped, head < anchor);
        }, 0);
      };
      view.dom.addEventListener("mousedown", onMouseDown);
      document.addEventListener("mouseup", onMouseUp);
      return {
        destroy: () => {
          clearTimeout(timer);
          view.dom.removeEventListener("mousedown", onMouseDown);
          document.removeEventListener("mouseup", onMouseUp);
        },
      };
    },
  });
}
