import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import { HIGHLIGHT_STYLE, type HighlightStyler } from "./highlight-style-names";

export type SpanFlags = { isUnsaved: (id: string) => boolean; selectedId: string | null; hoveredId: string | null };

/**
 * Annotations as painted spans (see toHighlightSpans for the mapping),
 * reusing the span object of every annotation whose object and flags are
 * unchanged since the last call. The store keeps an untouched annotation's
 * object identical, so after a keystroke only the spans that changed are new
 * and the renderer skips the rest by identity: with 5,000 annotations a new
 * one costs one span, not five thousand. Build one per (text, styler).
 * `before` (the suggestions' ghost spans) come first in the result: one
 * array per call, not a second one to join them.
 */
export function createSpanBuilder(index: CodePointIndex, styler: HighlightStyler) {
  const cache = new WeakMap<AnnotationDTO, { key: number; span: HighlightSpan | null }>();
  return (annotations: readonly AnnotationDTO[], flags: SpanFlags, before: readonly HighlightSpan[] = []): HighlightSpan[] => {
    const spans: HighlightSpan[] = before.slice();
    for (const annotation of annotations) {
      const unsaved = flags.isUnsaved(annotation.id);
      // Flags as bits, not a string: no allocation per annotation per call.
      const key = (unsaved ? UNSAVED : 0) | (annotation.id === flags.selectedId ? SELECTED : 0) | (annotation.id === flags.hoveredId ? HOVERED : 0);
      let entry = cache.get(annotation);
      if (!entry || entry.key !== key) {
        entry = { key, span: toSpan(annotation, index, styler, unsaved, key) };
        cache.set(annotation, entry);
      }
      if (entry.span) spans.push(entry.span);
    }
    return spans;
  };
}

const UNSAVED = 4;
const SELECTED = 2;
const HOVERED = 1;

// Orphans and spans past the end of the text (an older revision) are not painted.
function toSpan(annotation: AnnotationDTO, index: CodePointIndex, styler: HighlightStyler, unsaved: boolean, key: number): HighlightSpan | null {
  if (annotation.anchorState !== "ANCHORED" || annotation.end > index.length || annotation.start >= annotation.end) return null;
  const styles = styler(annotation, { unsaved });
  if (key & HOVERED) styles.push(HIGHLIGHT_STYLE.hover);
  if (key & SELECTED) styles.push(HIGHLIGHT_STYLE.selected);
  return {
    id: annotation.id,
    from: textOffsetToDocPos(index.text, index.toUtf16(annotation.start)),
    to: textOffsetToDocPos(index.text, index.toUtf16(annotation.end)),
    styles,
  };
}
