import { Extension } from "@tiptap/core";
import { createArticleSelectionPlugin } from "./plugins/article-selection-plugin";
import type { ArticleSelectionOptions, ArticleSelectionStorage } from "./types";

declare module "@tiptap/core" {
  interface Storage {
    articleSelection: ArticleSelectionStorage;
  }
}

/**
 * Selection as annotators want it: a drag snaps to whole words when the
 * mouse is released (Alt keeps it exact), a double-click selects a word and
 * a triple-click a sentence rather than the paragraph. Boundaries come from
 * Intl.Segmenter in the article's language.
 */
export const ArticleSelection = Extension.create<ArticleSelectionOptions, ArticleSelectionStorage>({
  name: "articleSelection",

  addOptions() {
    return { locale: undefined, snapOnMouseUp: true };
  },

  addStorage() {
    return { exactRange: null };
  },

  addProseMirrorPlugins() {
    return [createArticleSelectionPlugin(this.options, this.storage)];
  },
});
