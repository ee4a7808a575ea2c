import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import { supportsCssHighlights } from "@/lib/tiptap/annotation-highlights/utils/supports-css-highlights";
import { locateStaticText } from "./locate-static-text";

type Paint = { text: string; spans: readonly HighlightSpan[]; priorityOf: (style: string) => number };

// What was painted over each server-rendered text, so that whoever paints
// first (the small early painter or the workspace) paints once, and the
// editor's takeover removes it whoever painted it.
const painted = new WeakMap<HTMLElement, Map<string, Highlight>>();

export function isStaticTextPainted(root: HTMLElement): boolean {
  return painted.has(root);
}

/**
 * Paints the spans (doc positions and style names, as the editor paints
 * them) over `StaticArticleText` with CSS highlights. Does nothing where
 * CSS highlights are missing or the text is already painted.
 */
export function paintStaticText(root: HTMLElement, { text, spans, priorityOf }: Paint): void {
  if (painted.has(root) || !supportsCssHighlights()) return;
  const rangeOf = locateStaticText(root);
  const mine = new Map<string, Highlight>();
  for (const span of spans) {
    const range = rangeOf(docPosToTextOffset(text, span.from), docPosToTextOffset(text, span.to));
    if (!range) continue;
    for (const style of span.styles) {
      let highlight = mine.get(style);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = priorityOf(style);
        mine.set(style, highlight);
      }
      highlight.add(range);
    }
  }
  for (const [style, highlight] of mine) CSS.highlights.set(style, highlight);
  painted.set(root, mine);
}

/** Removes what `paintStaticText` painted over `root`, leaving any highlight the editor has put in its place. */
export function clearStaticText(root: HTMLElement): void {
  const mine = painted.get(root);
  if (!mine) return;
  for (const [style, highlight] of mine) if (CSS.highlights.get(style) === highlight) CSS.highlights.delete(style);
  painted.delete(root);
}
