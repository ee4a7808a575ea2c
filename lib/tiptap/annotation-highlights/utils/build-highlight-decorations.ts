import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { HighlightSpan } from "../types";

/**
 * Inline decorations for browsers without the CSS Custom Highlight API: each
 * span's style names become classes on the text it covers (ProseMirror splits
 * and nests the wrapping elements where spans overlap), and
 * `data-annotation-id` names the innermost one for tests and debugging.
 */
export function buildHighlightDecorations(doc: ProseMirrorNode, spans: readonly HighlightSpan[]): DecorationSet {
  const size = doc.content.size;
  const decorations = spans.flatMap((span) =>
    span.from < span.to && span.from >= 0 && span.to <= size && span.styles.length > 0
      ? [Decoration.inline(span.from, span.to, { class: span.styles.join(" "), "data-annotation-id": span.id }, { id: span.id })]
      : [],
  );
  return DecorationSet.create(doc, decorations);
}
