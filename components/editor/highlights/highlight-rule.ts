/** The id of the element that holds the article text, server-rendered or the editor's: the only place highlights are drawn. */
export const ARTICLE_TEXT_ID = "annotation-text";

/**
 * A highlight style's rule: `::highlight(name)` for the CSS Custom Highlight
 * API, only inside the article text, and the class `name` for the spans of the
 * decorations fallback.
 *
 * Why scoped: Chromium works out every `::highlight()` style that matches an
 * element whenever it restyles that element, so with unscoped rules each
 * element anywhere on the page cost ~43 styles (one per highlight style,
 * ~41 of them) instead of one. Traces of the 500-annotation bench: the
 * selection toolbar appearing restyled 27 elements and 1,161 highlight
 * styles; the panel opening 137 elements and 2,537; the editor's takeover
 * 437 elements and 12,685. Highlights are only ever painted over the article
 * text, so elsewhere these styles were never used.
 */
export const highlightRule = (name: string, body: string) => `#${ARTICLE_TEXT_ID} ::highlight(${name}), .${name} { ${body} }`;
