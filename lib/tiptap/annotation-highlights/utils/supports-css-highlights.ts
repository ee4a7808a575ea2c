// Chromium 105+, Safari 17.2+, Firefox 140+.
export function supportsCssHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}
