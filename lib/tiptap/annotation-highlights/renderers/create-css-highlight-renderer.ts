import type { EditorView } from "@tiptap/pm/view";
import type { HighlightRenderer, HighlightSpan } from "../types";
import { domRangeOf } from "../utils/dom-range-of";
import { visibleDocRange, widenDocRange, type DocRange } from "../utils/visible-doc-range";

// `range` is null while the span is outside the window (or cannot be placed).
// `paint` is the number of the last paint that had the span.
type Painted = { span: HighlightSpan; from: number; to: number; styles: readonly string[]; key: string; range: StaticRange | null; paint: number };

// Screens of text kept painted above and below the one in view: enough that
// scrolling rarely moves the window (each move re-registers ranges), few
// enough that the registry stays a fraction of a long article's annotations.
const MARGIN_SCREENS = 3;

/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per style name
 * (registered as `CSS.highlights.get(name)`, drawn by `::highlight(name)`
 * rules), holding one range per annotation. Nothing is added to the DOM, so
 * ProseMirror never re-renders and nested or overlapping spans are free.
 * A paint touches only annotations whose range or styles changed.
 *
 * Only annotations in a window around the viewport (the screen in view and
 * three more above and below) have ranges registered: Chromium rebuilds its
 * markers for every registered range on any change to any highlight, so a
 * new highlight on an article with 5,000 annotations cost ~40 ms of paint
 * whatever was on screen (docs/benchmarks.md). The window follows scrolling
 * (any scroll container, one check per frame) before the margin runs out.
 */
export function createCssHighlightRenderer(view: EditorView, priorityOf: (style: string) => number): HighlightRenderer {
  const painted = new Map<string, Painted>();
  const highlights = new Map<string, Highlight>();
  let last: readonly HighlightSpan[] = [];
  // Null: the window could not be measured, so everything is painted.
  let docWindow: DocRange | null = null;
  let windowDoc: unknown = null;
  // The window's extent in pixels from the top of the editor, so scrolling
  // is checked against it with one getBoundingClientRect per frame instead
  // of hit-testing positions (posAtCoords) on every frame.
  let band = { top: -Infinity, bottom: Infinity };
  let registered = 0;
  let frame = 0;
  // Counts paints: entries not stamped with the current one are gone. A
  // stamp instead of a set of seen ids: at 5,000 annotations and thousands
  // of suggestions, that set was the biggest allocation of a keystroke.
  let paints = 0;

  const highlightFor = (style: string): Highlight => {
    let highlight = highlights.get(style);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priorityOf(style);
      CSS.highlights.set(style, highlight);
      highlights.set(style, highlight);
    }
    return highlight;
  };

  const inWindow = (entry: { from: number; to: number }) => !docWindow || (entry.to >= docWindow.from && entry.from <= docWindow.to);

  const unregister = (entry: Painted) => {
    if (!entry.range) return;
    for (const style of entry.styles) highlights.get(style)?.delete(entry.range);
    entry.range = null;
    registered--;
  };

  // Registers or drops the entry's range as the window wants it.
  const place = (entry: Painted) => {
    if (!inWindow(entry)) return unregister(entry);
    if (entry.range) return;
    entry.range = domRangeOf(view, entry.from, entry.to);
    if (!entry.range) return;
    for (const style of entry.styles) highlightFor(style).add(entry.range);
    registered++;
  };

  const measureWindow = (): DocRange | null => {
    windowDoc = view.state.doc;
    band = { top: -Infinity, bottom: Infinity };
    const visible = visibleDocRange(view);
    if (!visible) return null;
    const size = view.state.doc.content.size;
    const wide = widenDocRange(visible.to < visible.from ? { from: 0, to: 0 } : visible, size, MARGIN_SCREENS);
    const top = view.dom.getBoundingClientRect().top;
    band = {
      top: wide.from <= 0 ? -Infinity : view.coordsAtPos(wide.from).top - top,
      bottom: wide.to >= size ? Infinity : view.coordsAtPos(wide.to).bottom - top,
    };
    return wide;
  };

  const paint = (spans: readonly HighlightSpan[]) => {
    last = spans;
    // Positions move when the text does: measure again for a new document.
    if (windowDoc !== view.state.doc) docWindow = measureWindow();
    const now = ++paints;
    for (const span of spans) {
      const old = painted.get(span.id);
      if (old) old.paint = now;
      // Callers that keep unchanged spans identical get them skipped here.
      if (old?.span === span) {
        place(old);
        continue;
      }
      const key = span.styles.join(" ");
      if (old && old.from === span.from && old.to === span.to) {
        // Same place, maybe a new look: move a registered range between highlights.
        if (old.range && old.key !== key) {
          for (const style of old.styles) if (!span.styles.includes(style)) highlights.get(style)?.delete(old.range);
          for (const style of span.styles) if (!old.styles.includes(style)) highlightFor(style).add(old.range);
        }
        Object.assign(old, { span, styles: span.styles, key });
        place(old);
        continue;
      }
      if (old) unregister(old);
      const entry: Painted = { span, from: span.from, to: span.to, styles: span.styles, key, range: null, paint: now };
      painted.set(span.id, entry);
      place(entry);
    }
    for (const [id, entry] of painted) {
      if (entry.paint === now) continue;
      unregister(entry);
      painted.delete(id);
    }
  };

  // Once per frame while scrolling: move the window when the screen in view
  // leaves it, then register what entered and drop what left.
  const follow = () => {
    frame = 0;
    if (view.isDestroyed) return;
    const rect = view.dom.getBoundingClientRect();
    const top = Math.max(0, -rect.top);
    const bottom = Math.min(rect.height, (window.innerHeight || document.documentElement.clientHeight) - rect.top);
    // Off screen: keep what is drawn until the editor comes back.
    if (bottom <= top) return;
    if (docWindow && top >= band.top && bottom <= band.bottom && windowDoc === view.state.doc) return;
    docWindow = measureWindow();
    for (const entry of painted.values()) place(entry);
  };
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(follow);
  };
  document.addEventListener("scroll", onScroll, { capture: true, passive: true });
  window.addEventListener("resize", onScroll, { passive: true });

  return {
    kind: "css-highlights",
    paint,
    repaint: () => {
      for (const highlight of highlights.values()) highlight.clear();
      painted.clear();
      registered = 0;
      windowDoc = null;
      paint(last);
    },
    stats: () => ({ spans: painted.size, registered }),
    destroy: () => {
      document.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", onScroll);
      if (frame) cancelAnimationFrame(frame);
      for (const [style, highlight] of highlights) {
        if (CSS.highlights.get(style) === highlight) CSS.highlights.delete(style);
      }
      highlights.clear();
      painted.clear();
    },
  };
}
