import { describe, expect, it } from "vitest";
import { describeQuote } from "@/lib/anchoring/describe-quote";

describe("describeQuote", () => {
  it("takes the exact text and its context in code points", () => {
    expect(describeQuote("a😀b", 1, 2)).toEqual({ type: "TextQuoteSelector", exact: "😀", prefix: "a", suffix: "b" });
  });

  it("takes up to 32 code points either side, fewer at the edges", () => {
    const text = "0123456789".repeat(5); // 50 code points
    const selector = describeQuote(text, 40, 42);
    expect(selector.exact).toBe("01");
    expect(selector.prefix).toBe(text.slice(8, 40)); // 32
    expect(selector.suffix).toBe("23456789"); // the 8 left
    expect(describeQuote(text, 0, 2).prefix).toBe("");
    expect(describeQuote(text, 48, 50).suffix).toBe("");
  });

  it("never splits a surrogate pair: 32 emoji of context are 64 UTF-16 units", () => {
    const text = `${"😀".repeat(40)}X${"😀".repeat(40)}`;
    const selector = describeQuote(text, 40, 41);
    expect(selector.exact).toBe("X");
    expect(selector.prefix).toBe("😀".repeat(32));
    expect(selector.suffix).toBe("😀".repeat(32));
  });

  it("counts a flag as two code points and a combining mark as one", () => {
    // "🇵🇰 Lahore": 🇵 0, 🇰 1, space 2, L 3 …
    expect(describeQuote("🇵🇰 Lahore", 3, 9, 2)).toEqual({ type: "TextQuoteSelector", exact: "Lahore", prefix: "🇰 ", suffix: "" });
    // "cafe\u0301 noir": the accent is code point 4, so "café" is [0, 5).
    expect(describeQuote("cafe\u0301 noir", 0, 5)).toEqual({ type: "TextQuoteSelector", exact: "cafe\u0301", prefix: "", suffix: " noir" });
  });

  it("describes an empty range by its context", () => {
    expect(describeQuote("To annotate", 2, 2, 3)).toEqual({ type: "TextQuoteSelector", exact: "", prefix: "To", suffix: " an" });
  });

  it("rejects ranges outside the text", () => {
    expect(() => describeQuote("a😀", 0, 3)).toThrow(RangeError);
    expect(() => describeQuote("abc", 2, 1)).toThrow(RangeError);
    expect(() => describeQuote("abc", 0, 1, -1)).toThrow(RangeError);
  });
});
