import type { EditorView } from "@tiptap/pm/view";

/**
 * Brings ProseMirror positions [from, to) into view if they are not already
 * comfortably visible, a third of the way down the viewport (under the
 * sticky header), smoothly unless the person asked the OS for less motion.
 */
export function scrollToRange(view: EditorView, from: number, to: number): void {
  let rect: DOMRect;
  try {
    const start = view.domAtPos(from, 1);
    const end = view.domAtPos(to, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  } catch {
    return;
  }
  const header = document.querySelector("header")?.getBoundingClientRect().bottom ?? 0;
  const margin = 48;
  if (rect.top >= header + margin && rect.bottom <= window.innerHeight - margin) return;
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollBy({ top: rect.top - header - (window.innerHeight - header) / 3, behavior: reduce ? "auto" : "smooth" });
}
