import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { createDraftAnnotation } from "@/components/editor/selection/create-draft-annotation";
import { spanOfRange } from "@/components/editor/selection/span-of-range";
import { createHighlightStyler } from "@/components/editor/highlights/highlight-style-names";
import { buildHighlightStylesheet } from "@/components/editor/highlights/build-highlight-stylesheet";
import { highlightPriority } from "@/components/editor/highlights/highlight-priority";
import { toHighlightSpans } from "@/components/editor/highlights/to-highlight-spans";
import { createSpanBuilder } from "@/components/editor/highlights/create-span-builder";
import type { PanelLabels } from "@/components/editor/panel/types";
import { annotationFixture } from "./support/annotation-fixture";

const label = (id: string, name: string, color: string, hotkey: string | null = null) => ({ id, key: id, name, color, rating: null, hotkey });
const labels: PanelLabels = {
  claimTypes: [label("event", "Event", "#0d9488")],
  statuses: [label("unverified", "Unverified", "#64748b"), label("false", "False", "#dc2626")],
  entityTypes: [label("person", "Person", "#db2777", "1"), label("evil", "Evil", "red;} body{display:none")],
};

// "😀" and "𝔘" take two UTF-16 units each; offsets below are code points.
const text = "😀 Zaheer spoke.\n\n𝔘nicode para with Gujranwala";
const index = createCodePointIndex(text);

describe("spanOfRange (editor positions → code points)", () => {
  it("converts ProseMirror positions through UTF-16 to code points, with the quote selector", () => {
    // "Zaheer" is UTF-16 3..9 → positions 4..10 → code points 2..8.
    expect(spanOfRange(index, { from: 4, to: 10 })).toEqual({ start: 2, end: 8, exact: "Zaheer", prefix: "😀 ", suffix: " spoke.\n\n𝔘nicode para with Gujra" });
  });

  it("spans the block separator across paragraphs", () => {
    const from = text.indexOf("spoke") + 1;
    const to = text.indexOf("nicode") + 1;
    expect(spanOfRange(index, { from, to })?.exact).toBe("spoke.\n\n𝔘");
  });

  it("refuses a range that would split a surrogate pair, or is empty", () => {
    expect(spanOfRange(index, { from: 2, to: 5 })).toBeNull();
    expect(spanOfRange(index, { from: 4, to: 4 })).toBeNull();
  });
});

describe("createDraftAnnotation", () => {
  it("makes a local claim with the default status and the exact/prefix/suffix the server checks", () => {
    const draft = createDraftAnnotation({
      kind: "CLAIM",
      start: 2,
      end: 8,
      index,
      articleId: "art",
      revision: 3,
      author: { id: "u1", name: "Ana" },
      defaultStatusId: "unverified",
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(draft.id).toMatch(/^local-/);
    expect(draft).toMatchObject({ kind: "CLAIM", revision: 3, start: 2, end: 8, exact: "Zaheer", prefix: "😀 ", statusId: "unverified", entityTypeId: null, version: 1 });
  });

  it("gives a mention its entity type and no status", () => {
    const draft = createDraftAnnotation({ kind: "ENTITY_MENTION", start: 2, end: 8, index, articleId: "a", revision: 1, author: { id: "u", name: "U" }, defaultStatusId: "unverified", entityTypeId: "person" });
    expect(draft).toMatchObject({ statusId: null, entityTypeId: "person" });
  });
});

describe("highlight styles", () => {
  const styler = createHighlightStyler(labels, { markOthers: true, currentUserId: "u1" });

  it("fills claims by status and underlines mentions by type; others' are marked", () => {
    expect(styler(annotationFixture({ statusId: "false" }), { unsaved: false })).toEqual(["cd-claim-1"]);
    expect(styler(annotationFixture({ statusId: null }), { unsaved: true })).toEqual(["cd-claim-none", "cd-unsaved"]);
    expect(styler(annotationFixture({ statusId: "gone" }), { unsaved: false })).toEqual(["cd-claim-none"]);
    const theirs = annotationFixture({ kind: "ENTITY_MENTION", entityTypeId: "person", author: { id: "u2", name: "T" }, reviewState: "CHANGES_REQUESTED" });
    expect(styler(theirs, { unsaved: false })).toEqual(["cd-entity-0-other", "cd-review-changes"]);
    const mineOnly = createHighlightStyler(labels, { markOthers: false, currentUserId: "u1" });
    expect(mineOnly(theirs, { unsaved: false })[0]).toBe("cd-entity-0");
  });

  it("writes a rule for every style, for highlights and for the fallback classes, never letting a label colour escape", () => {
    const css = buildHighlightStylesheet(labels);
    for (const name of ["cd-claim-0", "cd-claim-1-other", "cd-entity-0", "cd-entity-1-other", "cd-claim-none", "cd-selected", "cd-hover", "cd-unsaved", "cd-review-accepted"]) {
      expect(css).toContain(`::highlight(${name}), .${name} {`);
    }
    expect(css).toContain("#dc2626");
    expect(css).not.toContain("display:none");
  });

  it("paints selection above hover above unsaved above review lines above mentions above claims", () => {
    const order = ["cd-claim-0", "cd-entity-0", "cd-review-accepted", "cd-unsaved", "cd-hover", "cd-selected"].map(highlightPriority);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });
});

describe("toHighlightSpans", () => {
  it("maps code points to positions, adds hover and selection, skips orphans and spans past the text", () => {
    const styler = createHighlightStyler(labels, { markOthers: false, currentUserId: "u1" });
    const spans = toHighlightSpans({
      annotations: [
        annotationFixture({ id: "a", start: 2, end: 8, statusId: "false" }),
        annotationFixture({ id: "b", start: 17, end: 25, statusId: "false" }),
        annotationFixture({ id: "orphan", start: 2, end: 8, anchorState: "ORPHANED" }),
        annotationFixture({ id: "old", start: 2, end: 999 }),
      ],
      index,
      styler,
      isUnsaved: (id) => id === "b",
      selectedId: "a",
      hoveredId: "b",
    });
    // Code points 17..25 are "𝔘nicode ": UTF-16 18..27 (one astral character
    // before the start, two before the end), so positions 19..28.
    expect(spans).toEqual([
      { id: "a", from: 4, to: 10, styles: ["cd-claim-1", "cd-selected"] },
      { id: "b", from: 19, to: 28, styles: ["cd-claim-1", "cd-unsaved", "cd-hover"] },
    ]);
  });
});

describe("createSpanBuilder", () => {
  it("reuses the span of an unchanged annotation, so the renderer can skip it by identity", () => {
    const styler = createHighlightStyler(labels, { markOthers: false, currentUserId: "u1" });
    const build = createSpanBuilder(index, styler);
    const a = annotationFixture({ id: "a", start: 2, end: 8 });
    const b = annotationFixture({ id: "b", start: 9, end: 14 });
    const flags = { isUnsaved: () => false, selectedId: null, hoveredId: null };
    const first = build([a, b], flags);
    const second = build([a, b], { ...flags, hoveredId: "b" });
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.styles).toContain("cd-hover");
    const edited = { ...a, statusId: "false" };
    expect(build([edited, b], { ...flags, hoveredId: "b" })[0]).not.toBe(first[0]);
  });

  it("puts the given spans (the ghosts) first, leaves them as they are, and reuses spans as without them", () => {
    const styler = createHighlightStyler(labels, { markOthers: false, currentUserId: "u1" });
    const build = createSpanBuilder(index, styler);
    const a = annotationFixture({ id: "a", start: 2, end: 8 });
    const flags = { isUnsaved: () => false, selectedId: "a", hoveredId: null };
    const ghost = { id: "ghost-1", from: 1, to: 3, styles: ["cd-suggestion"] };
    const ghosts = [ghost];
    const first = build([a], flags, ghosts);
    expect(first.map((s) => s.id)).toEqual(["ghost-1", "a"]);
    expect(first[0]).toBe(ghost);
    expect(first[1]!.styles).toEqual(["cd-claim-0", "cd-selected"]);
    expect(ghosts).toEqual([ghost]);
    expect(build([a], flags)).toEqual([first[1]]);
    expect(build([a], flags)[0]).toBe(first[1]);
  });
});
