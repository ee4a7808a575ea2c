import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";
import type { HighlightStyler } from "./highlight-style-names";
import { createSpanBuilder } from "./create-span-builder";

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
 * older revision) are not painted. One-off form of `createSpanBuilder`,
 * which the editor uses to reuse unchanged spans between paints.
 */
export function toHighlightSpans({ annotations, index, styler, isUnsaved, selectedId, hoveredId }: SpanInputs): HighlightSpan[] {
  return createSpanBuilder(index, styler)(annotations, { isUnsaved, selectedId, hoveredId });
}
