import { describe, expect, it } from "vitest";
import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import { describeQuote } from "@/lib/anchoring/describe-quote";

describe("anchorSelectors", () => {
  const text = "😀 The minister said unemployment fell. The minister said inflation fell.";
  // 😀 0, space 1, "The" 2–4, "minister" 6–13, "said" 15–18, "unemployment" 20–31,
  // "fell." 33–37, "The" 39–41, "minister said" 43–55, "inflation" 57–65.

  it("uses the stored position when it still holds the quote", () => {
    const quote = describeQuote(text, 20, 32);
    expect(quote.exact).toBe("unemployment");
    expect(anchorSelectors(text, { position: { start: 20, end: 32 }, quote })).toEqual({ start: 20, end: 32, method: "position" });
  });

  it("falls back to the quote, disambiguated by context, when the position is stale", () => {
    const quote = describeQuote(text, 43, 56); // the second "minister said"
    expect(quote.exact).toBe("minister said");
    const shifted = `Breaking: ${text}`; // 10 code points more in front
    expect(anchorSelectors(shifted, { position: { start: 43, end: 56 }, quote })).toEqual({ start: 53, end: 66, method: "quote" });
  });

  it("picks the occurrence nearest the old position when the context cannot tell", () => {
    const repeated = "ab ab ab";
    expect(anchorSelectors(repeated, { position: { start: 4, end: 6 }, quote: { exact: "ab" } })).toEqual({ start: 3, end: 5, method: "quote" });
    expect(anchorSelectors(repeated, { quote: { exact: "ab" } })).toEqual({ start: 0, end: 2, method: "quote" });
  });

  it("accepts the only occurrence of the quote when its context changed", () => {
    expect(anchorSelectors("the cat sat", { quote: { exact: "sat", prefix: "dog " } })).toEqual({ start: 8, end: 11, method: "quote" });
  });

  it("falls back to a fuzzy match, reported as such", () => {
    expect(anchorSelectors(text, { position: { start: 20, end: 32 }, quote: { exact: "unemplyment" } })).toEqual({ start: 20, end: 32, method: "fuzzy" });
  });

  it("returns null when nothing acceptable is found, and ignores an out-of-range position", () => {
    expect(anchorSelectors(text, { quote: { exact: "GDP grew by four percent" } })).toBeNull();
    expect(anchorSelectors("short", { position: { start: 3, end: 99 }, quote: { exact: "ort" } })).toEqual({ start: 2, end: 5, method: "quote" });
  });
});
