export { AnnotationHighlights } from "./annotation-highlights";
export { ANNOTATION_HIGHLIGHTS_PLUGIN_KEY } from "./constants";
export { createIntervalIndex } from "./utils/create-interval-index";
export { rankInnermost } from "./utils/rank-innermost";
export { pickAnnotationAt } from "./utils/pick-annotation-at";
export { supportsCssHighlights } from "./utils/supports-css-highlights";
export type { Interval, IntervalIndex } from "./utils/create-interval-index";
export type {
  AnnotationHighlightsOptions,
  AnnotationHighlightsStorage,
  HighlightRenderer,
  HighlightRendererKind,
  HighlightSpan,
} from "./types";
export { charPosAtPoint } from "./utils/char-pos-at-point";
export { domRangeOf } from "./utils/dom-range-of";
