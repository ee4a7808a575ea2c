import { describe, expect, it } from "vitest";
import { codePointToUtf16Offset } from "@/lib/article-content/code-point-to-utf16-offset";

describe("codePointToUtf16Offset", () => {
  it("is the identity for text without astral characters", () => {
    expect(codePointToUtf16Offset("Pakistan’s", 9)).toBe(9);
  });

  it("counts an emoji as one code point and two UTF-16 units", () => {
    // "a😀b": a = [0], 😀 = [1,2], b = [3]
    expect(codePointToUtf16Offset("a😀b", 0)).toBe(0);
    expect(codePointToUtf16Offset("a😀b", 1)).toBe(1);
    expect(codePointToUtf16Offset("a😀b", 2)).toBe(3);
    expect(codePointToUtf16Offset("a😀b", 3)).toBe(4);
  });

  it("counts mathematical letters (U+1D518 𝔘) the same way", () => {
    expect(codePointToUtf16Offset("𝔘𝔘x", 2)).toBe(4);
  });

  it("counts a combining mark as a code point of its own", () => {
    // "e" + U+0301 + "x": three code points, three units
    expect(codePointToUtf16Offset("e\u0301x", 2)).toBe(2);
  });

  it("counts a lone surrogate as one code point, as Python does", () => {
    expect(codePointToUtf16Offset("\ud83dx", 1)).toBe(1);
  });

  it("rejects offsets past the end or not whole", () => {
    expect(() => codePointToUtf16Offset("a😀", 3)).toThrow(RangeError);
    expect(() => codePointToUtf16Offset("a", -1)).toThrow(RangeError);
    expect(() => codePointToUtf16Offset("a", 0.5)).toThrow(RangeError);
  });
});
