/**
 * A highlight style's rule in the editor: `::highlight(name)` for the CSS
 * Custom Highlight API, only inside the editor's text, and the class `name`
 * for the spans of the decorations fallback.
 *
 * Why scoped: Chromium works out every `::highlight()` style of an element it
 * restyles when the rules could apply there, and with unscoped rules it did so
 * for elements that never hold a highlight — in a trace of the 500-annotation
 * bench, the selection toolbar appearing restyled 27 elements and 1,161
 * highlight styles (43 each), the panel opening 137 elements and ~2,540; over
 * ten claims made with C, 52,114 of the 56,092 styles worked out were these.
 * Scoped (to the article element, in that trace), the ten claims worked out 86 of them.
 */
export const highlightRule = (name: string, body: string) => `.ProseMirror ::highlight(${name}), .${name} { ${body} }`;

/**
 * The same style, unscoped, for the server-rendered text shown until the
 * editor has loaded (`StaticArticleText`, painted by the inline early paint).
 *
 * Why unscoped there: for the opening frame Chromium works out no highlight
 * style for the paragraphs of that text under an unscoped rule, but all 43 for
 * each of its 466 elements under a scoped one (20,038 styles; that frame's style
 * recalculation 117 → 318 ms in traces at load 7–9), which is the first
 * paint's critical path (issue 15: data → painted). The workspace drops these
 * rules when the editor takes over (`useWorkspaceHighlights`).
 */
export const openingHighlightRule = (name: string, body: string) => `::highlight(${name}) { ${body} }`;
