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
 */
export function createSpanBuilder(index: CodePointIndex, styler: HighlightStyler) {
  const cache = new WeakMap<AnnotationDTO, { key: string; span: HighlightSpan | null }>();
  return (annotations: readonly AnnotationDTO[], flags: SpanFlags): HighlightSpan[] => {
    const spans: HighlightSpan[] = [];
    for (const annotation of annotations) {
      const unsaved = flags.isUnsaved(annotation.id);
      const key = `${unsaved ? 1 : 0}${annotation.id === flags.selectedId ? 1 : 0}${annotation.id === flags.hoveredId ? 1 : 0}`;
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

// Orphans and spans past the end of the text (an older revision) are not painted.
function toSpan(annotation: AnnotationDTO, index: CodePointIndex, styler: HighlightStyler, unsaved: boolean, key: string): HighlightSpan | null {
  if (annotation.anchorState !== "ANCHORED" || annotation.end > index.length || annotation.start >= annotation.end) return null;
  const styles = styler(annotation, { unsaved });
  if (key[2] === "1") styles.push(HIGHLIGHT_STYLE.hover);
  if (key[1] === "1") styles.push(HIGHLIGHT_STYLE.selected);
  return {
    id: annotation.id,
    from: textOffsetToDocPos(index.text, index.toUtf16(annotation.start)),
    to: textOffsetToDocPos(index.text, index.toUtf16(annotation.end)),
    styles,
  };
}
