import type { EditorView } from "@tiptap/pm/view";

/**
 * A static DOM range over ProseMirror positions [from, to). Static because
 * the text never changes under it; a live Range would make the browser track
 * every highlight through each DOM mutation for nothing. Null when the
 * positions are outside the document.
 */
export function domRangeOf(view: EditorView, from: number, to: number): StaticRange | null {
  const size = view.state.doc.content.size;
  if (from < 0 || to > size || from >= to) return null;
  const start = view.domAtPos(from, 1);
  const end = view.domAtPos(to, -1);
  return new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
}
