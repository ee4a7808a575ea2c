import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIntervalIndex } from "@/lib/tiptap/annotation-highlights/utils/create-interval-index";

type Span = { id: string; start: number; end: number };
const span = (id: string, start: number, end: number): Span => ({ id, start, end });
const ids = (spans: Span[]) => spans.map((s) => s.id).sort();

describe("createIntervalIndex", () => {
  // 0         1         2
  // 0123456789012345678901234
  // claim  [2,20)   ##################
  // inner  [5,9)       ####
  // other  [7,14)        #######
  // tail   [20,24)                    ####
  const spans = [span("claim", 2, 20), span("inner", 5, 9), span("other", 7, 14), span("tail", 20, 24)];
  const index = createIntervalIndex(spans);

  it("finds the spans covering a character, half-open", () => {
    expect(ids(index.covering(0))).toEqual([]);
    expect(ids(index.covering(2))).toEqual(["claim"]);
    expect(ids(index.covering(5))).toEqual(["claim", "inner"]);
    expect(ids(index.covering(8))).toEqual(["claim", "inner", "other"]);
    expect(ids(index.covering(9))).toEqual(["claim", "other"]);
    expect(ids(index.covering(19))).toEqual(["claim"]);
    expect(ids(index.covering(20))).toEqual(["tail"]);
    expect(ids(index.covering(24))).toEqual([]);
  });

  it("finds overlapping and contained spans", () => {
    expect(ids(index.overlapping(9, 10))).toEqual(["claim", "other"]);
    expect(ids(index.overlapping(14, 20))).toEqual(["claim"]);
    expect(ids(index.overlapping(5, 5))).toEqual([]);
    expect(ids(index.within(2, 20))).toEqual(["claim", "inner", "other"]);
    expect(ids(index.within(5, 14))).toEqual(["inner", "other"]);
    expect(ids(index.within(6, 14))).toEqual(["other"]);
  });

  it("keeps reading order: by start, the longer first", () => {
    const sorted = createIntervalIndex([span("b", 3, 4), span("a", 3, 9), span("c", 0, 1)]).sorted;
    expect(sorted.map((s) => s.id)).toEqual(["c", "a", "b"]);
  });

  it("handles no spans", () => {
    const empty = createIntervalIndex<Span>([]);
    expect(empty.covering(0)).toEqual([]);
    expect(empty.overlapping(0, 10)).toEqual([]);
  });

  it("agrees with a linear scan for any spans and point", () => {
    const arbitrarySpans = fc.array(
      fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([start, length]) => ({ start, end: start + length })),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(arbitrarySpans, fc.nat(270), fc.nat(270), (list, a, b) => {
        const items = list.map((s, i) => span(String(i), s.start, s.end));
        const idx = createIntervalIndex(items);
        expect(ids(idx.covering(a))).toEqual(ids(items.filter((s) => s.start <= a && a < s.end)));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ids(idx.overlapping(lo, hi))).toEqual(ids(items.filter((s) => lo < hi && s.start < hi && s.end > lo)));
        expect(ids(idx.within(lo, hi))).toEqual(ids(items.filter((s) => s.start >= lo && s.end <= hi)));
      }),
    );
  });
});
