import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/**
 * Brings the editor state's selection up to the DOM selection now.
 * ProseMirror reads the DOM selection on `selectionchange`, which the
 * browser fires a task later; a key pressed right after Shift+Arrow (key
 * repeat, a fast typist, a macro) would otherwise act on the selection as it
 * was one step before.
 */
export function syncSelectionFromDom(view: EditorView): void {
  if (!view.hasFocus()) return;
  const selection = document.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
    head = view.posAtDOM(focusNode, selection.focusOffset);
  } catch {
    return;
  }
  const current = view.state.selection;
  if (current.anchor === anchor && current.head === head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
}
