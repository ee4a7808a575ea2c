import type { EditorView } from "@tiptap/pm/view";

type Caret = { node: Node; offset: number };

function caretAt(x: number, y: number): Caret | null {
  if (typeof document.caretPositionFromPoint === "function") {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Safari before 18.2.
  const range = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The ProseMirror position of the character under the viewport point (x, y),
 * or null when the point is not over text (margins, the blank end of a
 * line). The caret APIs answer with the nearest caret *boundary*, which for
 * the right half of a glyph is after it; checking the two characters around
 * that boundary against their boxes gives the glyph actually under the
 * pointer, which is what hit-testing a highlight needs.
 */
export function charPosAtPoint(view: EditorView, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !view.dom.contains(caret.node)) return null;
  const text = caret.node as Text;
  const range = document.createRange();
  for (const start of [caret.offset, caret.offset - 1]) {
    if (start < 0 || start >= text.length) continue;
    const code = text.data.charCodeAt(start);
    // Never split a surrogate pair: a low surrogate belongs to the character before.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const width = code >= 0xd800 && code <= 0xdbff && start + 1 < text.length ? 2 : 1;
    range.setStart(text, start);
    range.setEnd(text, start + width);
    if (contains(range.getClientRects(), x, y)) return view.posAtDOM(text, start);
  }
  return null;
}
