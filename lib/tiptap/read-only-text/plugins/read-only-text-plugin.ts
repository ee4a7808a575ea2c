import { Plugin } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { READ_ONLY_TEXT_PLUGIN_KEY, RESTORE_TEXT_META } from "../constants";
import type { ReadOnlyTextOptions } from "../types";

const refuse = () => true;

// Input composition (IME) cannot be cancelled: the browser writes into the
// DOM first. ProseMirror then proposes a change that the filter refuses, so
// the view would show text the document does not have. Re-rendering the
// same content puts the canonical text back.
function restoreAfterComposition(view: EditorView) {
  setTimeout(() => {
    if (view.isDestroyed) return;
    const { doc, tr } = view.state;
    view.dispatch(tr.replaceWith(0, doc.content.size, doc.content).setMeta(RESTORE_TEXT_META, true).setMeta("addToHistory", false));
  }, 0);
}

export function createReadOnlyTextPlugin(options: ReadOnlyTextOptions): Plugin {
  return new Plugin({
    key: READ_ONLY_TEXT_PLUGIN_KEY,
    // The article text is canonical and annotations count offsets into it:
    // no transaction that changes the document may pass, whatever produced it
    // (typing, paste, drop, cut, input rules, a stray command).
    filterTransaction: (tr) => !tr.docChanged || tr.getMeta(RESTORE_TEXT_META) === true,
    props: {
      attributes: options.attributes,
      handleTextInput: refuse,
      handlePaste: refuse,
      handleDrop: refuse,
      handleDOMEvents: {
        // Cancels typing, deletion, paste and drop at the source, before the
        // browser touches the DOM.
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
        // Dragging a selection would start a text drag instead of letting
        // the annotator re-select.
        dragstart: (_view, event) => {
          event.preventDefault();
          return true;
        },
        cut: (_view, event) => {
          event.preventDefault();
          return true;
        },
        compositionend: (view) => {
          restoreAfterComposition(view);
          return false;
        },
      },
    },
  });
}
