import { describe, expect, it } from "vitest";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";

describe("utf16ToCodePointOffset", () => {
  it("counts code points before the offset", () => {
    // "😀a𝔘": 😀 = [0,1], a = [2], 𝔘 = [3,4]
    expect(utf16ToCodePointOffset("😀a𝔘", 0)).toBe(0);
    expect(utf16ToCodePointOffset("😀a𝔘", 2)).toBe(1);
    expect(utf16ToCodePointOffset("😀a𝔘", 3)).toBe(2);
    expect(utf16ToCodePointOffset("😀a𝔘", 5)).toBe(3);
  });

  it("counts combining marks and lone surrogates as one each", () => {
    expect(utf16ToCodePointOffset("e\u0301x", 3)).toBe(3);
    expect(utf16ToCodePointOffset("\udc00\ud83d", 2)).toBe(2);
  });

  it("refuses an offset that splits a surrogate pair", () => {
    expect(() => utf16ToCodePointOffset("a😀b", 2)).toThrow(/surrogate pair/);
  });

  it("rejects offsets outside the text", () => {
    expect(() => utf16ToCodePointOffset("ab", 3)).toThrow(RangeError);
    expect(() => utf16ToCodePointOffset("ab", -1)).toThrow(RangeError);
  });
});
