import { afterEach, describe, expect, it, vi } from "vitest";
import { compactAnnotations } from "@/lib/annotations/compact/compact-annotations";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { jsonForInlineScript } from "@/lib/http/json-for-inline-script";
import type { PanelLabels } from "@/components/editor/panel/types";
import { earlyPaintSource } from "@/components/editor/static-text/early-paint-source";
import { planOpeningPaint } from "@/components/editor/static-text/plan-opening-paint";
import { annotationFixture } from "../support/annotation-fixture";

const ATTACK = "</script><script>alert(1)</script>";
// What would end the inline <script> element, or change how the HTML parser reads it.
const BREAKS_OUT = /<\/script|<!--|<script/i;

afterEach(() => vi.unstubAllGlobals());

describe("jsonForInlineScript", () => {
  it("escapes <, >, &, U+2028 and U+2029 and reads back as the same value", () => {
    const value = { [ATTACK]: ["a\u2028b\u2029c", "<!-- & -->"] };
    const json = jsonForInlineScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("earlyPaintSource", () => {
  const label = (id: string, name: string) => ({ id, key: id, name, color: "#64748b", rating: null, hotkey: null });

  it("keeps user text inside the script: a label name and an article text that try to close it", () => {
    const labels: PanelLabels = { claimTypes: [], statuses: [label("s", ATTACK)], entityTypes: [label("e", ATTACK)] };
    const text = `${ATTACK} said the mayor`;
    const index = createCodePointIndex(text);
    const annotations = [annotationFixture({ id: "a", start: 0, end: ATTACK.length, exact: ATTACK, statusId: "s" })];
    const plan = planOpeningPaint({ text, labels, annotations: compactAnnotations(annotations, index, { id: "article", revision: 1 }), userId: "u1" });
    const source = earlyPaintSource(plan);
    expect(source).not.toMatch(BREAKS_OUT);
    expect(source).not.toContain("alert");
  });

  it("escapes a style name that would close the script, and still runs: it paints on the element it looks up", () => {
    const source = earlyPaintSource({ [ATTACK]: [10, 0, 2] });
    expect(source).not.toMatch(BREAKS_OUT);
    const registry = new Map<string, { priority: number; ranges: unknown[] }>();
    const text = { nodeType: 3, nodeName: "#text", length: 5, childNodes: [] };
    const root = { childNodes: [{ nodeType: 1, nodeName: "P", childNodes: [text], hasAttribute: () => false }] };
    vi.stubGlobal("document", { querySelector: (selector: string) => (selector === "[data-static-article-text]" ? root : null) });
    vi.stubGlobal("CSS", { highlights: registry });
    vi.stubGlobal(
      "Highlight",
      class {
        priority = 0;
        ranges: unknown[] = [];
        add(range: unknown) {
          this.ranges.push(range);
        }
      },
    );
    vi.stubGlobal(
      "StaticRange",
      class {
        constructor(init: object) {
          Object.assign(this, init);
        }
      },
    );
    new Function(source)();
    expect(registry.get(ATTACK)).toMatchObject({ priority: 10, ranges: [{ startContainer: text, startOffset: 0, endContainer: text, endOffset: 2 }] });
  });
});
