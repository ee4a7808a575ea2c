import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { compactAnnotations } from "@/lib/annotations/compact/compact-annotations";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import type { PanelLabels } from "@/components/editor/panel/types";
import { toStaticPaintPlan } from "@/components/editor/static-text/static-paint-plan";
import { planOpeningPaint } from "@/components/editor/static-text/plan-opening-paint";
import { clearStaticText, isStaticTextPainted, paintStaticText } from "@/components/editor/static-text/paint-static-text";
import { annotationFixture } from "../support/annotation-fixture";

const label = (id: string, name: string) => ({ id, key: id, name, color: "#64748b", rating: null, hotkey: null });
const labels: PanelLabels = { claimTypes: [], statuses: [label("unverified", "Unverified"), label("false", "False")], entityTypes: [] };

// UTF-16: "😀" 0–2, " " 2, "Zaheer" 3–9, " " 9, "spoke" 10–15, "." 15, "\n\n" 16–18, "𝔘" 18–20, "nicode" 20–26.
// Code points: "😀" 0, "Zaheer" 2–8, "spoke" 9–14, "𝔘nicode" 17–24.
const text = "😀 Zaheer spoke.\n\n𝔘nicode";
const index = createCodePointIndex(text);

const annotations = [
  annotationFixture({ id: "zaheer", start: 2, end: 8, exact: "Zaheer", statusId: "false" }),
  annotationFixture({ id: "spoke", start: 9, end: 14, exact: "spoke", statusId: "false" }),
  annotationFixture({ id: "unicode", start: 17, end: 24, exact: "𝔘nicode", statusId: null, author: { id: "u2", name: "Bo" }, reviewState: "ACCEPTED" }),
  annotationFixture({ id: "emoji", start: 0, end: 1, exact: "😀", statusId: "unverified" }),
];

describe("toStaticPaintPlan / planOpeningPaint (annotations → compact UTF-16 plan)", () => {
  it("codes each style's ranges as priority, then start deltas and lengths in UTF-16 units", () => {
    const plan = planOpeningPaint({ text, labels, annotations: compactAnnotations(annotations, index, { id: "article", revision: 1 }), userId: "u1", selectedId: "emoji" });
    expect(plan).toEqual({
      // Zaheer 3+6, then spoke 10 (3 + 7) +5.
      "cd-claim-1": [10, 3, 6, 7, 5],
      // Another person's, unverified status missing: marked "-other"; 𝔘nicode is 18+8 in UTF-16.
      "cd-claim-none-other": [10, 18, 8],
      "cd-review-accepted": [30, 18, 8],
      "cd-claim-0": [10, 0, 2],
      "cd-selected": [60, 0, 2],
    });
  });

  it("sorts ranges by start and drops empty ones", () => {
    const spans = [
      { id: "b", from: 11, to: 16, styles: ["s"] },
      { id: "a", from: 4, to: 10, styles: ["s"] },
      { id: "e", from: 5, to: 5, styles: ["s"] },
    ];
    expect(toStaticPaintPlan(text, spans, () => 7)).toEqual({ s: [7, 3, 6, 7, 5] });
  });
});

// Just enough DOM for the painter: it reads nodeType, nodeName, childNodes, length and hasAttribute.
type FakeNode = { nodeType: number; nodeName: string; childNodes: FakeNode[]; length: number; data?: string; hasAttribute: (name: string) => boolean };
const txt = (data: string): FakeNode => ({ nodeType: 3, nodeName: "#text", data, length: data.length, childNodes: [], hasAttribute: () => false });
const el = (name: string, childNodes: FakeNode[], attrs: string[] = []): FakeNode => ({ nodeType: 1, nodeName: name.toUpperCase(), childNodes, length: childNodes.length, hasAttribute: (a) => attrs.includes(a) });
const asRoot = (node: FakeNode) => node as unknown as HTMLElement;

class FakeHighlight {
  priority = 0;
  ranges: Array<{ start: string; startOffset: number; end: string; endOffset: number }> = [];
  add(range: { startContainer: FakeNode; startOffset: number; endContainer: FakeNode; endOffset: number }) {
    this.ranges.push({ start: range.startContainer.data ?? "", startOffset: range.startOffset, end: range.endContainer.data ?? "", endOffset: range.endOffset });
  }
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal("Highlight", FakeHighlight);
  vi.stubGlobal("CSS", { highlights: registry });
  vi.stubGlobal(
    "StaticRange",
    class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("paintStaticText (compact plan → ranges over StaticArticleText's DOM)", () => {
  const build = () => el("div", [el("p", [el("span", [txt("😀 Zaheer spoke.")])]), el("p", [el("span", [txt("𝔘nicode")])])]);

  it("decodes the plan and maps UTF-16 offsets past astral characters and block separators", () => {
    const root = build();
    paintStaticText(asRoot(root), { "cd-claim-1": [10, 3, 6, 7, 5], "cd-claim-none-other": [10, 18, 8], "cd-selected": [60, 0, 2] });
    expect(registry.get("cd-claim-1")?.priority).toBe(10);
    expect(registry.get("cd-claim-1")?.ranges).toEqual([
      { start: "😀 Zaheer spoke.", startOffset: 3, end: "😀 Zaheer spoke.", endOffset: 9 },
      { start: "😀 Zaheer spoke.", startOffset: 10, end: "😀 Zaheer spoke.", endOffset: 15 },
    ]);
    expect(registry.get("cd-claim-none-other")?.ranges).toEqual([{ start: "𝔘nicode", startOffset: 0, end: "𝔘nicode", endOffset: 8 }]);
    expect(registry.get("cd-selected")).toMatchObject({ priority: 60, ranges: [{ start: "😀 Zaheer spoke.", startOffset: 0, end: "😀 Zaheer spoke.", endOffset: 2 }] });
    expect(isStaticTextPainted(asRoot(root))).toBe(true);
  });

  it("counts a <br> as one character and a filler <br> as none; a range across a separator starts at the next text", () => {
    // Canonical text "ab\ncd\n\nef": "cd" is 3–5, "ef" 7–9; the filler stands for nothing.
    const root = el("div", [el("p", [el("span", [txt("ab")]), el("br", []), el("span", [txt("cd")])]), el("p", [el("span", [txt("ef")]), el("br", [], ["data-filler"])])]);
    paintStaticText(asRoot(root), { s: [0, 3, 2, 4, 2], t: [0, 6, 2] });
    expect(registry.get("s")?.ranges).toEqual([
      { start: "cd", startOffset: 0, end: "cd", endOffset: 2 },
      { start: "ef", startOffset: 0, end: "ef", endOffset: 2 },
    ]);
    // 6–8 starts inside the separator (5–7): it starts at "ef" and ends inside it.
    expect(registry.get("t")?.ranges).toEqual([{ start: "ef", startOffset: 0, end: "ef", endOffset: 1 }]);
  });

  it("skips ranges past the text, paints once, and clears only what it painted", () => {
    const root = build();
    paintStaticText(asRoot(root), { a: [10, 25, 5], b: [10, 0, 2] });
    expect(registry.get("a")?.ranges).toEqual([]);
    const first = registry.get("b");
    paintStaticText(asRoot(root), { b: [10, 3, 6] });
    expect(registry.get("b")).toBe(first);
    const editors = new FakeHighlight();
    registry.set("a", editors);
    clearStaticText(asRoot(root));
    expect([...registry.keys()]).toEqual(["a"]);
    expect(isStaticTextPainted(asRoot(root))).toBe(false);
  });

  it("is self-contained: its source text alone paints, as the inline script runs it", () => {
    const root = build();
    const fromSource = new Function(`return (${paintStaticText.toString()})`)() as typeof paintStaticText;
    fromSource(asRoot(root), { b: [10, 3, 6] });
    expect(registry.get("b")?.ranges).toEqual([{ start: "😀 Zaheer spoke.", startOffset: 3, end: "😀 Zaheer spoke.", endOffset: 9 }]);
    // The bundled copy sees what the inlined one painted.
    expect(isStaticTextPainted(asRoot(root))).toBe(true);
  });
});
