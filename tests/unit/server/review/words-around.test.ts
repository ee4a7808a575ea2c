import { describe, expect, it } from "vitest";
import { wordsBefore } from "@/lib/server/review/words-before";
import { wordsAfter } from "@/lib/server/review/words-after";

// 32 code points: the window the stored prefix/suffix use.
const cut32 = "xyz one two three four five six "; // first word cut by the window
const cut32after = " one two three four five six xyz";

describe("wordsBefore / wordsAfter", () => {
  it("drop the word cut by the 32-character window and keep the space next to the span", () => {
    expect(cut32.length).toBe(32);
    expect(wordsBefore(cut32)).toBe("one two three four five six ");
    expect(wordsBefore(cut32, 2)).toBe("five six ");
    expect(cut32after.length).toBe(32);
    expect(wordsAfter(cut32after)).toBe(" one two three four five six");
    expect(wordsAfter(cut32after, 2)).toBe(" one two");
  });

  it("keep a short context (the start or end of the text) whole and collapse line breaks", () => {
    expect(wordsBefore("Police said")).toBe("Police said");
    expect(wordsBefore("end.\n\nThe ")).toBe("end. The ");
    expect(wordsAfter(".\n\nNext")).toBe(". Next");
    expect(wordsBefore("")).toBe("");
    expect(wordsAfter("")).toBe("");
  });

  it("a 32-character context without a space has no whole word", () => {
    expect(wordsBefore("a".repeat(32))).toBe("");
    expect(wordsAfter("a".repeat(32))).toBe("");
  });
});
