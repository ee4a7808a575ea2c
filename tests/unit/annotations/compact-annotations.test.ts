import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { compactAnnotations } from "@/lib/annotations/compact/compact-annotations";
import { expandAnnotations } from "@/lib/annotations/compact/expand-annotations";
import { annotationFixture } from "../editor/support/annotation-fixture";

// "𝔘" is one code point, two UTF-16 units: offsets below are code points.
const TEXT = "𝔘 said rates rose 2% in May.";
const index = createCodePointIndex(TEXT);
const article = { id: "article", revision: 1 };

const said = annotationFixture({ id: "a1", start: 2, end: 6, exact: "said", prefix: "𝔘 ", suffix: " rates rose 2% in May." });
const rates = annotationFixture({
  id: "a2",
  kind: "ENTITY_MENTION",
  start: 7,
  end: 12,
  exact: "rates",
  prefix: "𝔘 said ",
  suffix: " rose 2% in May.",
  statusId: null,
  entityTypeId: "et-1",
  createdAt: "2026-01-01T00:00:01.500Z",
  updatedAt: "2026-01-01T00:00:03.000Z",
});

describe("compactAnnotations", () => {
  it("keeps ids, offsets, labels and times in columns and leaves out quotes the text gives", () => {
    const compact = compactAnnotations([said, rates], index, article);
    expect(compact).toEqual({
      count: 2,
      articleId: "article",
      revision: 1,
      ids: "a1 a2",
      startDeltas: [2, 5],
      lengths: [4, 5],
      kind: { table: ["CLAIM", "ENTITY_MENTION"], index: [0, 1] },
      author: { table: [{ id: "u1", name: "Ana Annotator" }], index: [0, 0] },
      statusId: { table: ["unverified", null], index: [0, 1] },
      claimTypeId: { table: [null], index: [0, 0] },
      entityTypeId: { table: [null, "et-1"], index: [0, 1] },
      entityId: { table: [null], index: [0, 0] },
      version: { table: [1], index: [0, 0] },
      createdBase: Date.UTC(2026, 0, 1),
      created: [0, 1500],
      updatedAfter: [0, 1500],
      extra: {},
    });
    expect(expandAnnotations(compact, index)).toEqual([said, rates]);
  });

  it("carries whole the fields the columns cannot reproduce: an orphan's quote, notes, evidence, links", () => {
    const orphan = annotationFixture({ id: "a3", start: 0, end: 4, anchorState: "ORPHANED", exact: "gone", prefix: "", suffix: " now" });
    const detailed = annotationFixture({
      id: "a4",
      start: 18,
      end: 20,
      exact: "2%",
      prefix: "𝔘 said rates rose ",
      suffix: " in May.",
      note: "check the bank's release",
      checkWorthiness: 4,
      entities: [{ entityId: "e1", role: "SUBJECT", mentionId: "a2" }],
      evidence: [{ id: "ev1", url: "https://example.com/r", title: "Release", stance: "SUPPORTS", note: "" }],
      reviewState: "ACCEPTED",
      suggestion: { source: "registry" },
    });
    const compact = compactAnnotations([orphan, detailed], index, article);
    expect(compact.extra).toEqual({
      // At offset 0 the text gives the stored empty prefix too.
      0: { anchorState: "ORPHANED", exact: "gone", suffix: " now" },
      1: {
        note: "check the bank's release",
        checkWorthiness: 4,
        entities: [{ entityId: "e1", role: "SUBJECT", mentionId: "a2" }],
        evidence: [{ id: "ev1", url: "https://example.com/r", title: "Release", stance: "SUPPORTS", note: "" }],
        reviewState: "ACCEPTED",
        suggestion: { source: "registry" },
      },
    });
    expect(expandAnnotations(compact, index)).toEqual([orphan, detailed]);
  });

  it("keeps offsets outside the text, as an orphan of an older revision may have", () => {
    const beyond = annotationFixture({ id: "a5", start: 40, end: 44, anchorState: "ORPHANED", exact: "June", prefix: "in ", suffix: "" });
    const compact = compactAnnotations([beyond], index, article);
    // Outside the text the quote defaults to "": the empty suffix needs no extra.
    expect(compact.extra[0]).toEqual({ anchorState: "ORPHANED", exact: "June", prefix: "in " });
    expect(expandAnnotations(compact, index)).toEqual([beyond]);
  });

  it("handles no annotations", () => {
    const compact = compactAnnotations([], index, article);
    expect(compact.ids).toBe("");
    expect(expandAnnotations(compact, index)).toEqual([]);
  });

  it("refuses ids that would break the joined id column", () => {
    expect(() => compactAnnotations([annotationFixture({ id: "a 1", start: 2, end: 6 })], index, article)).toThrow(RangeError);
  });
});
