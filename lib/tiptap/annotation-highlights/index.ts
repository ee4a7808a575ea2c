export { AnnotationHighlights } from "./annotation-highlights";
export type { AnnotationHighlightsOptions } from "./types";
