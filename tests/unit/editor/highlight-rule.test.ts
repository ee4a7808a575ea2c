import { describe, expect, it } from "vitest";
import { buildHighlightStylesheet } from "@/components/editor/highlights/build-highlight-stylesheet";
import { ARTICLE_TEXT_ID, highlightRule } from "@/components/editor/highlights/highlight-rule";
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

describe("highlight rules", () => {
  it("draw highlights only inside the article text, and keep the fallback class unscoped", () => {
    expect(highlightRule("cd-x", "color: red;")).toBe(`#${ARTICLE_TEXT_ID} ::highlight(cd-x), .cd-x { color: red; }`);
  });

  it("scope every ::highlight() of the editor's stylesheets to the article text, so no other element works them out", () => {
    for (const css of [buildHighlightStylesheet(labels), suggestionStylesheet]) {
      const selectors = highlightSelectors(css);
      expect(selectors.length).toBeGreaterThan(2);
      for (const selector of selectors) expect(selector).toMatch(new RegExp(`^#${ARTICLE_TEXT_ID} ::highlight\\(cd-[a-z0-9-]+\\)$`));
    }
    // A rule per style: claims (none + 2 statuses) and mentions (none + 1 type), each mine and others', 3 review lines, unsaved, hover, selected.
    expect(highlightSelectors(buildHighlightStylesheet(labels))).toHaveLength(2 * 3 + 2 * 2 + 3 + 3);
  });
});
