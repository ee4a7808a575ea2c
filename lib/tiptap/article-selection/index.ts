export { ArticleSelection } from "./article-selection";
export { ARTICLE_SELECTION_PLUGIN_KEY } from "./constants";
export { annotatableRange } from "./utils/annotatable-range";
export { canonicalTextOf } from "./utils/canonical-text-of";
export { snapRangeToWords } from "./utils/snap-range-to-words";
export { wordRangeAt } from "./utils/word-range-at";
export { sentenceRangeAt } from "./utils/sentence-range-at";
export type { ArticleSelectionOptions, ArticleSelectionStorage, PositionRange } from "./types";
export { syncSelectionFromDom } from "./utils/sync-selection-from-dom";
