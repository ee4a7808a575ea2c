import type { EditorView } from "@tiptap/pm/view";

export type DocRange = { from: number; to: number };

/**
 * The document positions on screen: from the first to the last character in
 * the part of the editor inside the browser's viewport. Null when that
 * cannot be told (the editor not laid out, or no position at the probe
 * points); `{ from: 0, to: -1 }` (empty) when the editor is entirely off screen.
 */
export function visibleDocRange(view: EditorView): DocRange | null {
  const rect = view.dom.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const viewportHeight = window.innerHeight || document.documentElement.clientHeight;
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, viewportHeight);
  if (bottom <= top) return { from: 0, to: -1 };
  const left = rect.left + Math.min(rect.width / 2, 24);
  const right = rect.right - Math.min(rect.width / 2, 24);
  const first = view.posAtCoords({ left, top: top + 1 });
  const last = view.posAtCoords({ left: right, top: bottom - 1 });
  if (!first || !last) return null;
  return { from: Math.min(first.pos, last.pos), to: Math.max(first.pos, last.pos) };
}

/**
 * `range` widened by `screens` times its own length on each side (at least
 * `minimum` positions), within [0, size]: a margin of text that scrolling can
 * reveal before the window has to move.
 */
export function widenDocRange(range: DocRange, size: number, screens: number, minimum = 2000): DocRange {
  const margin = Math.max((range.to - range.from) * screens, minimum);
  return { from: Math.max(0, range.from - margin), to: Math.min(size, range.to + margin) };
}
