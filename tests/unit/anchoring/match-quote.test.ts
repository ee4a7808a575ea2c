import { describe, expect, it } from "vitest";
import { matchQuote } from "@/lib/anchoring/match-quote";

describe("matchQuote", () => {
  it("reports code-point offsets after astral characters", () => {
    // 😀 0, a 1, 😀 2, a 3
    expect(matchQuote("😀a😀a", { exact: "a" })).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 4 },
    ]);
    expect(matchQuote("😀a😀a", { exact: "a", prefix: "😀", suffix: "😀" })).toEqual([{ start: 1, end: 2 }]);
  });

  it("matches a flag's two regional indicators as two code points", () => {
    expect(matchQuote("in Lahore 🇵🇰, Pakistan", { exact: "🇵🇰" })).toEqual([{ start: 10, end: 12 }]);
  });

  it("finds overlapping matches", () => {
    expect(matchQuote("aaaa", { exact: "aa" })).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
  });

  it("matches an empty quote at every code-point boundary, never inside an emoji", () => {
    expect(matchQuote("a😀b", { exact: "" }).map((m) => m.start)).toEqual([0, 1, 2, 3]);
  });

  it("requires prefix and suffix adjacent, and inside the text", () => {
    expect(matchQuote("the cat sat", { exact: "cat", prefix: "the " })).toEqual([{ start: 4, end: 7 }]);
    expect(matchQuote("the cat sat", { exact: "cat", prefix: "the" })).toEqual([]);
    expect(matchQuote("cat", { exact: "cat", suffix: " " })).toEqual([]);
  });

  it("limits matches and their context to a code-point scope, offsets still into the text", () => {
    // 😀 0, space 1, lorem 2–6, space 7, 😀 8, space 9, lorem 10–14
    const text = "😀 lorem 😀 lorem";
    expect(matchQuote(text, { exact: "lorem" }, { start: 2, end: 7 })).toEqual([{ start: 2, end: 7 }]);
    expect(matchQuote(text, { exact: "lorem" }, { start: 3, end: 15 })).toEqual([{ start: 10, end: 15 }]);
    expect(matchQuote(text, { exact: "lorem", prefix: "😀 " }, { start: 9, end: 15 })).toEqual([]);
  });

  it("does not match a lone surrogate inside a pair", () => {
    expect(matchQuote("😀\ud83d", { exact: "\ud83d" })).toEqual([{ start: 1, end: 2 }]);
  });
});
