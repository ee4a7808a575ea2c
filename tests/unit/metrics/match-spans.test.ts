import { describe, expect, it } from "vitest";
import { matchSpans } from "@/lib/metrics/match-spans";
import type { MetricSpan, SpanMatching } from "@/lib/metrics/types";

function span(id: string, start: number, end: number, kind = "CLAIM"): MetricSpan {
  return { id, start, end, kind };
}

/** The matching as ids, to keep expectations short. */
function ids(matching: SpanMatching): { pairs: string[]; unmatchedA: string[]; unmatchedB: string[] } {
  return {
    pairs: matching.pairs.map(({ a, b }) => `${a.id}-${b.id}`),
    unmatchedA: matching.unmatchedA.map((s) => s.id),
    unmatchedB: matching.unmatchedB.map((s) => s.id),
  };
}

/** Jaccard of the pair matchSpans forms from one span each, or null when none. */
function pairJaccard(a: [number, number], b: [number, number]): number | null {
  const { pairs } = matchSpans([span("a", ...a)], [span("b", ...b)], "overlap");
  return pairs[0]?.jaccard ?? null;
}

describe("matched pairs' jaccard", () => {
  it("is overlap over union in code points", () => {
    expect(pairJaccard([0, 10], [0, 10])).toBe(1);
    // overlap [5, 10) = 5, union [0, 20) = 20
    expect(pairJaccard([0, 10], [5, 20])).toBe(5 / 20);
    // nested: overlap = inner = 5, union = outer = 20
    expect(pairJaccard([0, 20], [5, 10])).toBe(5 / 20);
  });

  it("pairs nothing for adjacent or disjoint ranges (half-open: [0, 5) and [5, 9) share nothing)", () => {
    expect(pairJaccard([0, 5], [5, 9])).toBeNull();
    expect(pairJaccard([0, 5], [7, 9])).toBeNull();
  });
});

describe("matchSpans, exact mode", () => {
  it("pairs spans with the same kind, start and end, and nothing else", () => {
    const a = [span("a1", 0, 10), span("a2", 20, 30), span("a3", 40, 50)];
    const b = [span("b1", 0, 10), span("b2", 20, 31), span("b3", 40, 50, "ENTITY_MENTION")];
    expect(ids(matchSpans(a, b, "exact"))).toEqual({ pairs: ["a1-b1"], unmatchedA: ["a2", "a3"], unmatchedB: ["b2", "b3"] });
  });

  it("is one-to-one with duplicates: the smaller id wins a tie on identical ranges", () => {
    const a = [span("a2", 0, 5), span("a1", 0, 5)];
    const b = [span("b1", 0, 5)];
    expect(ids(matchSpans(a, b, "exact"))).toEqual({ pairs: ["a1-b1"], unmatchedA: ["a2"], unmatchedB: [] });
  });

  it("reports overlap and Jaccard on each pair", () => {
    const { pairs } = matchSpans([span("a", 3, 9)], [span("b", 3, 9)], "exact");
    expect(pairs).toEqual([{ a: span("a", 3, 9), b: span("b", 3, 9), overlap: 6, jaccard: 1 }]);
  });
});

describe("matchSpans, overlap mode", () => {
  it("matches any shared code point, never adjacent spans", () => {
    const a = [span("a1", 0, 5), span("a2", 10, 20)];
    const b = [span("b1", 5, 9), span("b2", 19, 25)];
    // a1/b1 touch at 5 but share nothing; a2/b2 share [19, 20)
    const matching = matchSpans(a, b, "overlap");
    expect(ids(matching)).toEqual({ pairs: ["a2-b2"], unmatchedA: ["a1"], unmatchedB: ["b1"] });
    // overlap 1, union [10, 25) = 15
    expect(matching.pairs[0]?.jaccard).toBe(1 / 15);
  });

  it("never matches spans of different kinds, however much they overlap", () => {
    expect(ids(matchSpans([span("a", 0, 10)], [span("b", 0, 10, "ENTITY_MENTION")], "overlap"))).toEqual({
      pairs: [],
      unmatchedA: ["a"],
      unmatchedB: ["b"],
    });
  });

  it("gives a span to the counterpart it overlaps most (nested spans)", () => {
    // A's long claim contains both of B's shorter ones.
    // J(a, b1) = 5 / 20 = 0.25 (b1 = [5, 10) inside [0, 20))
    // J(a, b2) = 8 / 20 = 0.40 (b2 = [12, 20))  → a pairs with b2
    const matching = matchSpans([span("a", 0, 20)], [span("b1", 5, 10), span("b2", 12, 20)], "overlap");
    expect(ids(matching)).toEqual({ pairs: ["a-b2"], unmatchedA: [], unmatchedB: ["b1"] });
    expect(matching.pairs[0]?.jaccard).toBe(0.4);
  });

  it("resolves nesting on both sides by descending Jaccard", () => {
    // Each annotator has a claim inside a longer claim.
    // J(a1 [0,20), b1 [0,20)) = 1        ← taken first
    // J(a2 [5,10), b2 [4,10)) = 5/6 ≈ .83 ← taken second
    // J(a1, b2) = 6/20 = .30, J(a2, b1) = 5/20 = .25: both ends already taken
    const a = [span("a1", 0, 20), span("a2", 5, 10)];
    const b = [span("b1", 0, 20), span("b2", 4, 10)];
    expect(ids(matchSpans(a, b, "overlap"))).toEqual({ pairs: ["a1-b1", "a2-b2"], unmatchedA: [], unmatchedB: [] });
  });

  it("breaks a Jaccard tie by the earlier overlap, whichever side is first", () => {
    // a = [2, 6); b1 = [0, 4): overlap [2,4) = 2, union [0,6) = 6 → 1/3
    //             b2 = [4, 8): overlap [4,6) = 2, union [2,8) = 6 → 1/3
    // Tie; b1's overlap starts at 2, b2's at 4 → a pairs with b1.
    const a = [span("a", 2, 6)];
    const b = [span("b2", 4, 8), span("b1", 0, 4)];
    expect(ids(matchSpans(a, b, "overlap"))).toEqual({ pairs: ["a-b1"], unmatchedA: [], unmatchedB: ["b2"] });
    expect(ids(matchSpans(b, a, "overlap"))).toEqual({ pairs: ["b1-a"], unmatchedA: ["b2"], unmatchedB: [] });
  });

  it("takes ties left to right along a chain, which keeps the most pairs", () => {
    // a1 [0,2), b1 [1,3), a2 [2,4), b2 [3,5): each neighbour pair overlaps by 1
    // over a union of 3, all J = 1/3. Left to right: a1-b1 (overlap at 1),
    // a2-b1 (at 2) is refused as b1 is taken, a2-b2 (at 3) → two pairs.
    const a = [span("a1", 0, 2), span("a2", 2, 4)];
    const b = [span("b1", 1, 3), span("b2", 3, 5)];
    expect(ids(matchSpans(a, b, "overlap"))).toEqual({ pairs: ["a1-b1", "a2-b2"], unmatchedA: [], unmatchedB: [] });
  });

  it("is greedy, not the maximum-weight matching: the documented trade-off", () => {
    // J(a1 [0,4), b1 [2,6)) = 2/6 = 1/3   ← greedy takes the best pair first
    // J(a1, b2 [0,1))       = 1/4
    // J(a2 [5,6), b1)       = 1/4
    // a2 and b2 do not overlap. Greedy: {a1-b1}, weight 1/3, one pair.
    // The optimum would be {a1-b2, a2-b1}, weight 1/2, two pairs.
    const a = [span("a1", 0, 4), span("a2", 5, 6)];
    const b = [span("b1", 2, 6), span("b2", 0, 1)];
    expect(ids(matchSpans(a, b, "overlap"))).toEqual({ pairs: ["a1-b1"], unmatchedA: ["a2"], unmatchedB: ["b2"] });
  });

  it("prefers an identical range to any partial overlap", () => {
    // J(a [0,10), b1 [0,10)) = 1 beats J(a, b2 [0,9)) = 0.9
    expect(ids(matchSpans([span("a", 0, 10)], [span("b2", 0, 9), span("b1", 0, 10)], "overlap")).pairs).toEqual(["a-b1"]);
  });

  it("does not depend on input order", () => {
    const a = [span("a1", 0, 20), span("a2", 5, 10), span("a3", 30, 40)];
    const b = [span("b1", 2, 12), span("b2", 8, 25), span("b3", 35, 36)];
    const forward = ids(matchSpans(a, b, "overlap"));
    expect(ids(matchSpans([...a].reverse(), [...b].reverse(), "overlap"))).toEqual(forward);
  });
});

describe("matchSpans, empty and invalid input", () => {
  it("handles empty sides", () => {
    expect(ids(matchSpans([], [], "overlap"))).toEqual({ pairs: [], unmatchedA: [], unmatchedB: [] });
    expect(ids(matchSpans([span("a", 0, 1)], [], "exact"))).toEqual({ pairs: [], unmatchedA: ["a"], unmatchedB: [] });
  });

  it("refuses empty, reversed, negative or fractional spans", () => {
    for (const bad of [span("x", 3, 3), span("x", 5, 2), span("x", -1, 2), span("x", 0.5, 2)]) {
      expect(() => matchSpans([bad], [span("b", 0, 10)], "overlap")).toThrow(RangeError);
    }
  });
});
