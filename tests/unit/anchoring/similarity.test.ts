import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "@/lib/anchoring/bounded-edit-distance";
import { contextSimilarity } from "@/lib/anchoring/context-similarity";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { findApproximateMatches } from "@/lib/anchoring/find-approximate-matches";
import { sharedWordRatio } from "@/lib/anchoring/shared-word-ratio";
import { textMatchScore } from "@/lib/anchoring/text-match-score";
import { toSingleUnitAlphabet } from "@/lib/anchoring/to-single-unit-alphabet";

describe("boundedEditDistance", () => {
  it("is Levenshtein distance in code points", () => {
    expect(boundedEditDistance("kitten", "sitting", 10)).toBe(3);
    expect(boundedEditDistance("", "abc", 10)).toBe(3);
    expect(boundedEditDistance("same", "same", 0)).toBe(0);
    expect(boundedEditDistance("a😀b", "a😃b", 5)).toBe(1);
    expect(boundedEditDistance("🇵🇰", "🇮🇳", 5)).toBe(2);
  });

  it("stops at max + 1", () => {
    expect(boundedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedEditDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 3)).toBe(4);
  });
});

describe("sharedWordRatio", () => {
  it("is the share of old words kept in order", () => {
    expect(sharedWordRatio("prices rose sharply", "prices fell sharply")).toBeCloseTo(2 / 3, 12);
    expect(sharedWordRatio("rose", "fell")).toBe(0);
    expect(sharedWordRatio("a b c d", "d c b a")).toBe(1 / 4);
    expect(sharedWordRatio("3.5 percent", "3.7 percent")).toBeCloseTo(2 / 3, 12);
    expect(sharedWordRatio("😀!", "anything")).toBe(1);
  });

  it("treats combining marks as part of the word", () => {
    expect(sharedWordRatio("cafe\u0301 noir", "cafe noir")).toBe(1 / 2);
  });
});

describe("contextSimilarity", () => {
  const index = createCodePointIndex("one two three four");

  it("compares the stored context with the same stretch of text", () => {
    expect(contextSimilarity(index, { start: 4, end: 7 }, "one ", " three four")).toEqual({ prefix: 1, suffix: 1 });
    // "one " vs "onx ": one substitution in 4.
    expect(contextSimilarity(index, { start: 4, end: 7 }, "onx ", " three four").prefix).toBe(0.75);
  });

  it("treats an empty stored side as 'at the edge of the text'", () => {
    expect(contextSimilarity(index, { start: 0, end: 3 }, "", " two three four").prefix).toBe(1);
    expect(contextSimilarity(index, { start: 4, end: 7 }, "", "").prefix).toBe(0);
  });

  it("does not let a short stored context match inside a longer one", () => {
    // Stored prefix "e " (the quote once sat 2 code points from the start); here 14 code points precede.
    expect(contextSimilarity(index, { start: 14, end: 18 }, "e ", "").prefix).toBeCloseTo(2 / 14, 12);
  });
});

describe("textMatchScore", () => {
  it("is 1 − errors of the best occurrence ÷ pattern length (Hypothesis)", () => {
    expect(textMatchScore("we had everything", "had every")).toBe(1);
    expect(textMatchScore("we had everything", "had evry")).toBe(1 - 1 / 8);
    expect(textMatchScore("", "abc")).toBe(0);
    expect(textMatchScore("abc", "")).toBe(0);
    expect(textMatchScore("x😀y", "😃")).toBe(0);
  });
});

describe("findApproximateMatches", () => {
  it("returns every exact occurrence when there is one", () => {
    expect(findApproximateMatches("abab", "ab", 1)).toEqual([
      { start: 0, end: 2, errors: 0 },
      { start: 2, end: 4, errors: 0 },
    ]);
  });

  it("otherwise returns the lowest-error matches only", () => {
    expect(findApproximateMatches("the cat sat", "cot", 1)).toEqual([{ start: 4, end: 7, errors: 1 }]);
    expect(findApproximateMatches("the cat sat", "xyz", 1)).toEqual([]);
  });
});

describe("toSingleUnitAlphabet", () => {
  it("leaves BMP-only strings alone", () => {
    expect(toSingleUnitAlphabet(["abc", "é"])).toEqual(["abc", "é"]);
  });

  it("gives every astral code point one unused unit, the same in every string", () => {
    const [text = "", quote = ""] = toSingleUnitAlphabet(["a😀b😃🇵🇰", "😀🇵"]);
    expect(text).toHaveLength(6);
    expect(quote).toHaveLength(2);
    expect(quote[0]).toBe(text[1]);
    expect(quote[1]).toBe(text[4]);
    expect(text[1]).not.toBe(text[3]);
    expect(/[\uD800-\uDFFF]/.test(text + quote)).toBe(false);
  });

  it("never reuses a unit that already occurs", () => {
    const [text = ""] = toSingleUnitAlphabet(["\ue000😀"]);
    expect(text).toHaveLength(2);
    expect(text[1]).not.toBe("\ue000");
  });
});
