import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AnnotationColumnRow, AnnotationColumnRows } from "@/lib/annotations/compact/annotation-column-row";
import { columnRowsToDTOs } from "@/tests/support/column-rows-to-dtos";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { compactAnnotationRows } from "@/lib/annotations/compact/compact-annotation-rows";
import { compactAnnotations } from "@/lib/annotations/compact/compact-annotations";
import { expandAnnotations } from "@/lib/annotations/compact/expand-annotations";

// Texts with astral characters (two UTF-16 units, one code point), so a slice
// by UTF-16 offsets instead of code points would be caught.
const textArb = fc.array(fc.constantFrom("a", "b", " ", "é", "𝔘", "\n"), { minLength: 0, maxLength: 120 }).map((chars) => chars.join(""));
const maybe = <T>(usual: T, other: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: other });
const smallText = fc.string({ maxLength: 6 });
const label = fc.constantFrom(null, "l1", "l2");

function rowArb(length: number, text: ReturnType<typeof createCodePointIndex>): fc.Arbitrary<Omit<AnnotationColumnRow, "id">> {
  return fc
    .record({
      start: fc.integer({ min: -2, max: length + 2 }),
      span: fc.integer({ min: -1, max: 40 }),
      quotes: fc.record({ exact: fc.option(smallText), prefix: fc.option(smallText), suffix: fc.option(smallText) }),
      kind: fc.constantFrom("CLAIM" as const, "ENTITY_MENTION" as const),
      anchorState: maybe("ANCHORED" as const, fc.constant("ORPHANED" as const)),
      author: fc.constantFrom<[string, string]>(["u1", "Ana"], ["u2", "Ben"], ["u3", "Ana"], ["u1", "Ana B"]),
      claimTypeId: label,
      statusId: label,
      checkWorthiness: maybe(null, fc.integer({ min: 1, max: 5 })),
      confidence: maybe(null, fc.double({ min: 0, max: 1, noNaN: true })),
      textChangedAfterVerdict: maybe(false, fc.constant(true)),
      summary: maybe("", smallText),
      verdictExplanation: maybe("", smallText),
      entities: maybe<AnnotationColumnRow["entities"]>(null, fc.array(fc.record({ entityId: fc.constantFrom("e1", "e2"), role: fc.constantFrom("CLAIMANT" as const, "SUBJECT" as const), mentionId: fc.constantFrom(null, "m1") }), { minLength: 0, maxLength: 2 })),
      evidence: maybe<AnnotationColumnRow["evidence"]>(null, fc.array(fc.record({ id: fc.constantFrom("v1", "v2"), url: fc.constant("https://example.org/"), title: smallText, stance: fc.constantFrom("SUPPORTS" as const, "REFUTES" as const), note: smallText }), { minLength: 0, maxLength: 2 })),
      entityId: label,
      entityTypeId: label,
      note: maybe("", smallText),
      reviewState: maybe("PENDING" as const, fc.constantFrom("ACCEPTED" as const, "REJECTED" as const)),
      isGold: maybe(false, fc.constant(true)),
      version: fc.integer({ min: 1, max: 4 }),
      createdMs: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      updatedAfter: fc.integer({ min: -1000, max: 1_000_000 }),
      deletedMs: maybe(null, fc.integer({ min: 0, max: 4_000_000_000_000 })),
    })
    .map(({ span, quotes, updatedAfter, author: [authorId, authorName], ...row }) => {
      const end = row.start + span;
      const inText = row.start >= 0 && row.start <= end && end <= length;
      // Usually the text's own quotes (as stored for anchored annotations), sometimes others.
      const at = (from: number, to: number) => (inText ? text.slice(Math.max(0, from), Math.min(length, to)) : "");
      return {
        ...row,
        authorId,
        authorName,
        end,
        exact: quotes.exact ?? at(row.start, end),
        prefix: quotes.prefix ?? at(row.start - 32, row.start),
        suffix: quotes.suffix ?? at(end, end + 32),
        updatedMs: row.createdMs + updatedAfter,
      };
    });
}

const caseArb = textArb.chain((text) => {
  const index = createCodePointIndex(text);
  return fc.record({
    text: fc.constant(text),
    // Usually the page's article and revision; sometimes not (a revision made between the reads).
    articleId: maybe("article", fc.constant("other-article")),
    revision: maybe(3, fc.integer({ min: 0, max: 5 })),
    rows: fc.array(rowArb(index.length, index), { maxLength: 12 }),
  });
});

describe("compactAnnotationRows", () => {
  it("gives exactly what compactAnnotations gives for the same rows as DTOs, and expands back to them", () => {
    fc.assert(
      fc.property(caseArb, ({ text, articleId, revision, rows }) => {
        const index = createCodePointIndex(text);
        const article = { id: "article", revision: 3 };
        const list: AnnotationColumnRows = { articleId, revision, rows: rows.map((row, i) => ({ id: `a${i}`, ...row })) };
        const dtos = columnRowsToDTOs(list);
        const compact = compactAnnotationRows(list, index, article);
        expect(compact).toEqual(compactAnnotations(dtos, index, article));
        // Same JSON too: the page's payload keeps its bytes, key order included.
        expect(JSON.stringify(compact)).toBe(JSON.stringify(compactAnnotations(dtos, index, article)));
        expect(expandAnnotations(compact, index)).toEqual(dtos);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves nothing in extra for an anchored annotation whose quotes are the text's", () => {
    const index = createCodePointIndex("𝔘 said rates rose");
    const row: AnnotationColumnRow = toRow({ id: "a1", start: 2, end: 6, exact: "said", prefix: "𝔘 ", suffix: " rates rose" });
    const compact = compactAnnotationRows(listOf(row), index, { id: "article", revision: 1 });
    expect(compact.extra).toEqual({});
    expect(compactAnnotationRows(listOf({ ...row, note: "n", deletedMs: 0 }), index, { id: "article", revision: 1 }).extra).toEqual({
      0: { note: "n", deletedAt: "1970-01-01T00:00:00.000Z" },
    });
  });

  it("refuses an id the space-joined column cannot carry", () => {
    const index = createCodePointIndex("said");
    expect(() => compactAnnotationRows(listOf(toRow({ id: "a 1", start: 0, end: 4, exact: "said" })), index, { id: "article", revision: 1 })).toThrow(RangeError);
  });
});

function toRow(overrides: Partial<AnnotationColumnRow>): AnnotationColumnRow {
  return {
    id: "a1", kind: "CLAIM", start: 0, end: 0, exact: "", prefix: "", suffix: "", anchorState: "ANCHORED",
    authorId: "u1", authorName: "Ana", claimTypeId: null, statusId: null, checkWorthiness: null, confidence: null, textChangedAfterVerdict: false,
    summary: "", verdictExplanation: "", entities: null, evidence: null, entityId: null, entityTypeId: null, note: "", reviewState: "PENDING",
    isGold: false, version: 1, createdMs: 0, updatedMs: 0, deletedMs: null, ...overrides,
  };
}

function listOf(...rows: AnnotationColumnRow[]): AnnotationColumnRows {
  return { articleId: "article", revision: 1, rows };
}
