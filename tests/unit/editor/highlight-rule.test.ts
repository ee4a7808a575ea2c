import { describe, expect, it } from "vitest";
import { buildHighlightStylesheet } from "@/components/editor/highlights/build-highlight-stylesheet";
import { highlightRule, openingHighlightRule } from "@/components/editor/highlights/highlight-rule";
import { suggestionStylesheet } from "@/components/editor/suggestions/suggestion-spans";
import type { PanelLabels } from "@/components/editor/panel/types";

const label = (id: string, color: string) => ({ id, key: id, name: id, color, rating: null, hotkey: null });
const labels: PanelLabels = {
  claimTypes: [label("event", "#0d9488")],
  statuses: [label("unverified", "#64748b"), label("false", "#dc2626")],
  entityTypes: [label("person", "#db2777")],
};

// Every `::highlight(` with what precedes it in its selector (back to the
// previous rule or comma).
function highlightSelectors(css: string): string[] {
  return [...css.matchAll(/(?:^|[,}\n])\s*([^,{}\n]*::highlight\([^)]*\))/g)].map((m) => m[1]!.trim());
}

// A rule per style: claims (none + 2 statuses) and mentions (none + 1 type), each mine and others', 3 review lines, unsaved, hover, selected.
const STYLES = 2 * 3 + 2 * 2 + 3 + 3;

describe("highlight rules", () => {
  it("draw the editor's highlights only inside the editor, and keep the fallback class unscoped", () => {
    expect(highlightRule("cd-x", "color: red;")).toBe(".ProseMirror ::highlight(cd-x), .cd-x { color: red; }");
  });

  it("scope every ::highlight() of the editor's stylesheets to the editor, so no other element works them out", () => {
    for (const css of [buildHighlightStylesheet(labels), suggestionStylesheet]) {
      const selectors = highlightSelectors(css);
      expect(selectors.length).toBeGreaterThan(2);
      for (const selector of selectors) expect(selector).toMatch(/^\.ProseMirror ::highlight\(cd-[a-z0-9-]+\)$/);
    }
    expect(highlightSelectors(buildHighlightStylesheet(labels))).toHaveLength(STYLES);
  });

  it("give the server-rendered text the same styles, unscoped and without the fallback classes", () => {
    const opening = buildHighlightStylesheet(labels, undefined, openingHighlightRule);
    const selectors = highlightSelectors(opening);
    expect(selectors).toHaveLength(STYLES);
    for (const selector of selectors) expect(selector).toMatch(/^::highlight\(cd-[a-z0-9-]+\)$/);
    // The same declarations as the editor's rules, style by style.
    const bodies = (css: string) => [...css.matchAll(/::highlight\((cd-[a-z0-9-]+)\)[^{]*\{([^}]*)\}/g)].map((m) => `${m[1]}:${m[2]!.trim()}`);
    expect(bodies(opening)).toEqual(bodies(buildHighlightStylesheet(labels)));
  });
});
