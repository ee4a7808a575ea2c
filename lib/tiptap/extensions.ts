import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { AnnotationHighlights, type AnnotationHighlightsOptions } from "./annotation-highlights";
import { ArticleSelection } from "./article-selection";
import { ReadOnlyText } from "./read-only-text";

export type ArticleExtensionsOptions = {
  /** BCP 47 language of the article, for word and sentence selection. */
  locale?: string;
  highlights?: Partial<AnnotationHighlightsOptions>;
};

/**
 * The annotation editor: the article's text (nodes as `textToDoc` makes
 * them), never changed, with selection tuned for annotating and highlights
 * drawn over it.
 */
export function articleExtensions(options: ArticleExtensionsOptions = {}): Extensions {
  return [
    // No trailing node (it would append an empty paragraph after a final
    // heading, and the shown text would no longer be the canonical text), no
    // history (annotation undo is the editor's own), nothing that only
    // matters while writing.
    StarterKit.configure({ link: false, undoRedo: false, trailingNode: false, dropcursor: false, gapcursor: false }),
    ReadOnlyText,
    ArticleSelection.configure({ locale: options.locale }),
    AnnotationHighlights.configure(options.highlights ?? {}),
  ];
}
