import { describe, expect, it } from "vitest";
import { firstHitSpan } from "@/lib/search/first-hit-span";

describe("firstHitSpan", () => {
  // Text: "One two. Police searched the bridge." The fragment starts at "Police" (character 10, 1-based).
  it("is the first marked word of the first fragment, offset by where the fragment starts", () => {
    expect(firstHitSpan("\u0002Police\u0003 searched the \u0002bridge\u0003 … more \u0002police\u0003", 10)).toEqual({ start: 9, end: 15 });
    expect(firstHitSpan("Police \u0002searched\u0003 the bridge", 10)).toEqual({ start: 16, end: 24 });
  });

  it("counts code points, not UTF-16 units, before the hit", () => {
    // "𝒜𝒝 " is three code points (five UTF-16 units).
    expect(firstHitSpan("𝒜𝒝 \u0002bridge\u0003", 1)).toEqual({ start: 3, end: 9 });
  });

  it("is null when the fragment was not found in the text or marks nothing", () => {
    expect(firstHitSpan("\u0002Police\u0003", 0)).toBeNull();
    expect(firstHitSpan("\u0002Police\u0003", null)).toBeNull();
    expect(firstHitSpan("no marks here", 4)).toBeNull();
  });
});
