import { describe, expect, it } from "vitest";
import { truncateQuote } from "@/components/editor/panel/truncate-quote";

describe("truncateQuote", () => {
  it("leaves a short quote alone", () => {
    expect(truncateQuote("Inflation fell.", 20)).toEqual({ text: "Inflation fell.", truncated: false });
  });

  it("cuts at the last word boundary when it is near the limit", () => {
    // 24 code points kept would be "The minister said that i"; the last space is at 22.
    expect(truncateQuote("The minister said that inflation fell", 24)).toEqual({ text: "The minister said that…", truncated: true });
  });

  it("cuts mid-word when the only space is far back (one very long word)", () => {
    expect(truncateQuote("a supercalifragilistic", 10)).toEqual({ text: "a supercal…", truncated: true });
  });

  it("counts code points, never splitting an astral character", () => {
    // "😀" is one code point but two UTF-16 units; 3 code points = "😀😀😀".
    expect(truncateQuote("😀😀😀😀", 3)).toEqual({ text: "😀😀😀…", truncated: true });
    expect(truncateQuote("😀😀😀", 3).truncated).toBe(false);
  });
});
