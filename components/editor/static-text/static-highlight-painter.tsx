"use client";

import { isStaticTextPainted, paintStaticText } from "./paint-static-text";
import { planOpeningPaint, type OpeningPaint } from "./plan-opening-paint";

/**
 * Paints the annotations over the server-rendered text (`StaticArticleText`)
 * from a chunk with none of the editing machinery, what the workspace would
 * paint on opening (`planOpeningPaint`). On a page load the inline script
 * (`EarlyPaintScript`) has painted already and this does nothing; it paints
 * after a client-side navigation, where no inline script runs. Renders
 * nothing.
 *
 * It paints while rendering, not in an effect: the hydration render that
 * reaches it then waits for the workspace's chunk and commits only once
 * that has loaded, so an effect would run no sooner than the workspace's
 * own. Painting touches no React state or DOM node, only the CSS highlight
 * registry, and happens once per server-rendered text (later renders find
 * it painted, or gone once the editor has taken over).
 */
export function StaticHighlightPainter(props: OpeningPaint) {
  if (typeof document === "undefined") return null;
  const root = document.querySelector<HTMLElement>("[data-static-article-text]");
  if (!root || isStaticTextPainted(root)) return null;
  paintStaticText(root, planOpeningPaint(props));
  return null;
}
