import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { quoteInIndex } from "@/components/editor/selection/quote-in-index";

describe("quoteInIndex", () => {
  it("gives the covered text and context counted in code points", () => {
    // "a😀b c𝒳d": code points a,😀,b,' ',c,𝒳,d (7); UTF-16 length 9.
    const index = createCodePointIndex("a😀b c𝒳d");
    expect(quoteInIndex(index, 2, 5, 2)).toEqual({ exact: "b c", prefix: "a😀", suffix: "𝒳d" });
    expect(quoteInIndex(index, 0, 1, 2)).toEqual({ exact: "a", prefix: "", suffix: "😀b" });
    expect(quoteInIndex(index, 6, 7, 32)).toEqual({ exact: "d", prefix: "a😀b c𝒳", suffix: "" });
    expect(quoteInIndex(index, 3, 3, 1)).toEqual({ exact: "", prefix: "b", suffix: " " });
  });

  it("refuses ranges outside the text", () => {
    const index = createCodePointIndex("abc");
    expect(() => quoteInIndex(index, 2, 4)).toThrow(RangeError);
    expect(() => quoteInIndex(index, 2, 1)).toThrow(RangeError);
    expect(() => quoteInIndex(index, -1, 1)).toThrow(RangeError);
  });

  it("equals describeQuote on any text and range", () => {
    const char = fc.constantFrom("a", "b", " ", "\n", "é", "😀", "𝒳", "中");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 120 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 }), (chars, x, y, context) => {
        const text = chars.join("");
        const length = chars.length;
        const start = length === 0 ? 0 : x % (length + 1);
        const end = start + (length === 0 ? 0 : y % (length - start + 1));
        const expected = describeQuote(text, start, end, context);
        expect(quoteInIndex(createCodePointIndex(text), start, end, context)).toEqual({
          exact: expected.exact,
          prefix: expected.prefix,
          suffix: expected.suffix,
        });
      }),
    );
  });
});
