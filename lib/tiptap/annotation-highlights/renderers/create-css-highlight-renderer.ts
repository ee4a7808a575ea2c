import type { EditorView } from "@tiptap/pm/view";
import type { HighlightRenderer, HighlightSpan } from "../types";
import { domRangeOf } from "../utils/dom-range-of";

type Painted = { span: HighlightSpan; from: number; to: number; styles: readonly string[]; key: string; range: StaticRange };

/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per style name
 * (registered as `CSS.highlights.get(name)`, drawn by `::highlight(name)`
 * rules), holding one range per annotation. Nothing is added to the DOM, so
 * ProseMirror never re-renders and nested or overlapping spans are free.
 * A paint touches only annotations whose range or styles changed.
 */
export function createCssHighlightRenderer(view: EditorView, priorityOf: (style: string) => number): HighlightRenderer {
  const painted = new Map<string, Painted>();
  const highlights = new Map<string, Highlight>();
  let last: readonly HighlightSpan[] = [];

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

  const unpaint = (entry: Painted) => {
    for (const style of entry.styles) highlights.get(style)?.delete(entry.range);
  };

  const paint = (spans: readonly HighlightSpan[]) => {
    last = spans;
    const seen = new Set<string>();
    for (const span of spans) {
      seen.add(span.id);
      const old = painted.get(span.id);
      // Callers that keep unchanged spans identical get them skipped here.
      if (old?.span === span) continue;
      const key = span.styles.join(" ");
      if (old && old.from === span.from && old.to === span.to) {
        if (old.key === key) {
          old.span = span;
          continue;
        }
        // Same place, new look: move the existing range between highlights.
        for (const style of old.styles) if (!span.styles.includes(style)) highlights.get(style)?.delete(old.range);
        for (const style of span.styles) if (!old.styles.includes(style)) highlightFor(style).add(old.range);
        painted.set(span.id, { ...old, span, styles: span.styles, key });
        continue;
      }
      if (old) unpaint(old);
      const range = domRangeOf(view, span.from, span.to);
      if (!range) {
        painted.delete(span.id);
        continue;
      }
      for (const style of span.styles) highlightFor(style).add(range);
      painted.set(span.id, { span, from: span.from, to: span.to, styles: span.styles, key, range });
    }
    for (const [id, entry] of painted) {
      if (seen.has(id)) continue;
      unpaint(entry);
      painted.delete(id);
    }
  };

  return {
    kind: "css-highlights",
    paint,
    repaint: () => {
      for (const highlight of highlights.values()) highlight.clear();
      painted.clear();
      paint(last);
    },
    destroy: () => {
      for (const [style, highlight] of highlights) {
        if (CSS.highlights.get(style) === highlight) CSS.highlights.delete(style);
      }
      highlights.clear();
      painted.clear();
    },
  };
}
