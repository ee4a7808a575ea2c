import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import { HIGHLIGHT_STYLE, type HighlightStyler } from "./highlight-style-names";

export type SpanInputs = {
  annotations: readonly AnnotationDTO[];
  index: CodePointIndex;
  styler: HighlightStyler;
  isUnsaved: (id: string) => boolean;
  selectedId: string | null;
  hoveredId: string | null;
};

/**
 * Annotations as painted spans. Stored offsets count code points; the
 * editor counts UTF-16 units, and a ProseMirror position is the UTF-16
 * offset + 1 (lib/article-content), so each boundary goes code point →
 * UTF-16 → position. Orphaned annotations and spans outside the text (an
 * older revision) are not painted.
 */
export function toHighlightSpans({ annotations, index, styler, isUnsaved, selectedId, hoveredId }: SpanInputs): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const annotation of annotations) {
    if (annotation.anchorState !== "ANCHORED" || annotation.end > index.length || annotation.start >= annotation.end) continue;
    const styles = styler(annotation, { unsaved: isUnsaved(annotation.id) });
    if (annotation.id === hoveredId) styles.push(HIGHLIGHT_STYLE.hover);
    if (annotation.id === selectedId) styles.push(HIGHLIGHT_STYLE.selected);
    spans.push({
      id: annotation.id,
      from: textOffsetToDocPos(index.text, index.toUtf16(annotation.start)),
      to: textOffsetToDocPos(index.text, index.toUtf16(annotation.end)),
      styles,
    });
  }
  return spans;
}
