import { describe, expect, it } from "vitest";
import { matchQuoteFuzzy } from "@/lib/anchoring/match-quote-fuzzy";

describe("matchQuoteFuzzy", () => {
  it("scores an exact match in an exact context as 1", () => {
    expect(matchQuoteFuzzy("the cat sat", { exact: "cat", prefix: "the ", suffix: " sat" })).toEqual({ start: 4, end: 7, errors: 0, score: 1 });
  });

  it("counts a different emoji as one error, not two", () => {
    // t0 h1 e2 ' '3 😀4 ' '5 c6 a7 t8
    const match = matchQuoteFuzzy("the 😀 cat sat", { exact: "the 😃 cat" });
    expect(match).toMatchObject({ start: 0, end: 9, errors: 1 });
    // 50·(1 − 1/9) + 20 + 20 + 2, out of 92
    expect(match?.score).toBeCloseTo((50 * (8 / 9) + 42) / 92, 12);
  });

  it("returns null for an empty quote, an empty text, or nothing within maxErrors", () => {
    expect(matchQuoteFuzzy("foobar", { exact: "" })).toBeNull();
    expect(matchQuoteFuzzy("", { exact: "foo" })).toBeNull();
    expect(matchQuoteFuzzy("the dot", { exact: "dog" }, { maxErrors: 0 })).toBeNull();
    // "do" (g deleted) and "dot" (g → t) both cost one edit and score alike; the first wins.
    expect(matchQuoteFuzzy("the dot", { exact: "dog" }, { maxErrors: 1 })).toMatchObject({ start: 4, end: 6, errors: 1 });
  });

  it("only looks inside the scope but reads context outside it", () => {
    const text = "a cat. b cat.";
    expect(matchQuoteFuzzy(text, { exact: "cat" }, { scope: { start: 7, end: 13 } })).toMatchObject({ start: 9, end: 12 });
    expect(matchQuoteFuzzy(text, { exact: "cat", prefix: "b " }, { scope: { start: 9, end: 13 } })).toMatchObject({ start: 9, score: 1 });
    expect(() => matchQuoteFuzzy(text, { exact: "cat" }, { scope: { start: 5, end: 99 } })).toThrow(RangeError);
  });

  it("prefers the occurrence whose context matches, then the one nearer the hint", () => {
    const text = "a cat. b cat.";
    expect(matchQuoteFuzzy(text, { exact: "cat", prefix: "b " })?.start).toBe(9);
    expect(matchQuoteFuzzy(text, { exact: "cat" }, { hint: 10 })?.start).toBe(9);
    expect(matchQuoteFuzzy(text, { exact: "cat" })?.start).toBe(2);
  });
});
