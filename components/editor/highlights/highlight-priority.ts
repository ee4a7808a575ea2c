import { HIGHLIGHT_STYLE } from "./highlight-style-names";

/**
 * Paint order (Highlight.priority, higher on top): claim fills, then mention
 * fills and underlines (inside claims), review lines, unsaved marks, and
 * hover and selection above everything so the active span always shows.
 */
export function highlightPriority(style: string): number {
  // Ghost suggestions lie under every annotation; the focused one shows above them.
  if (style === "cd-suggestion-focused") return 45;
  if (style.startsWith("cd-suggestion")) return 5;
  if (style === HIGHLIGHT_STYLE.selected) return 60;
  if (style === HIGHLIGHT_STYLE.hover) return 50;
  if (style === HIGHLIGHT_STYLE.unsaved) return 40;
  if (style.startsWith("cd-review-")) return 30;
  if (style.startsWith("cd-entity-")) return 20;
  return 10;
}
