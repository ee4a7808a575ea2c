import { describe, expect, it } from "vitest";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";

// "a😀b𝔘🇵🇰e\u0301": a=0, 😀=1, b=2, 𝔘=3, 🇵=4, 🇰=5, e=6, U+0301=7 → 8 code points; UTF-16
// units 1+2+1+2+2+2+1+1 = 12.
const MIXED = "a😀b𝔘🇵🇰e\u0301";

describe("codePointLength", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("Pakistan’s")).toBe(10);
    expect(codePointLength("😀")).toBe(1);
    expect(codePointLength(MIXED)).toBe(8);
    expect(MIXED.length).toBe(12);
  });

  it("counts a flag as two code points and a combining mark as its own", () => {
    expect(codePointLength("🇵🇰")).toBe(2);
    expect(codePointLength("e\u0301")).toBe(2);
  });

  it("counts a lone surrogate as one", () => {
    expect(codePointLength("\ud83dx")).toBe(2);
    expect(codePointLength("x\ude00")).toBe(2);
  });
});

describe("sliceCodePoints", () => {
  it("slices by code points", () => {
    expect(sliceCodePoints(MIXED, 1, 2)).toBe("😀");
    expect(sliceCodePoints(MIXED, 2, 4)).toBe("b𝔘");
    expect(sliceCodePoints(MIXED, 4, 6)).toBe("🇵🇰");
    expect(sliceCodePoints(MIXED, 4, 5)).toBe("🇵");
    expect(sliceCodePoints(MIXED, 6, 8)).toBe("e\u0301");
    expect(sliceCodePoints(MIXED, 0, 8)).toBe(MIXED);
    expect(sliceCodePoints(MIXED, 3, 3)).toBe("");
  });

  it("is plain slicing for BMP text", () => {
    expect(sliceCodePoints("lorem ipsum", 6, 11)).toBe("ipsum");
  });

  it("rejects ranges outside the text, reversed or not whole", () => {
    expect(() => sliceCodePoints(MIXED, 0, 9)).toThrow(RangeError);
    expect(() => sliceCodePoints("abc", 2, 1)).toThrow(RangeError);
    expect(() => sliceCodePoints("abc", -1, 1)).toThrow(RangeError);
    expect(() => sliceCodePoints("abc", 0.5, 1)).toThrow(RangeError);
  });
});

describe("createCodePointIndex", () => {
  it("converts both ways", () => {
    const index = createCodePointIndex(MIXED);
    expect(index.length).toBe(8);
    // UTF-16 starts: a 0, 😀 1, b 3, 𝔘 4, 🇵 6, 🇰 8, e 10, U+0301 11; end 12.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((cp) => index.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 8, 10, 11, 12]);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toCodePoint(12)).toBe(8);
    expect(index.slice(3, 6)).toBe("𝔘🇵🇰");
  });

  it("refuses a UTF-16 offset inside a surrogate pair", () => {
    expect(() => createCodePointIndex("a😀").toCodePoint(2)).toThrow(RangeError);
  });

  it("is the identity without surrogates, and still checks bounds", () => {
    const index = createCodePointIndex("plain");
    expect(index.toUtf16(5)).toBe(5);
    expect(index.toCodePoint(2)).toBe(2);
    expect(() => index.toUtf16(6)).toThrow(RangeError);
    expect(() => index.slice(3, 2)).toThrow(RangeError);
  });

  it("handles lone surrogates as single code points", () => {
    const index = createCodePointIndex("\ud83dx😀");
    expect(index.length).toBe(3);
    expect(index.toUtf16(2)).toBe(2);
    expect(index.toUtf16(3)).toBe(4);
  });
});
