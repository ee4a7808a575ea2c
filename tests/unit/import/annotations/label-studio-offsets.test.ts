import { describe, expect, it } from "vitest";
import { labelStudioOffsets } from "@/lib/import/annotations/label-studio-offsets";

// "😀" is one code point but two UTF-16 units, so "Adams" is [10,15) in code
// points and [11,16) in UTF-16 units.
const text = "😀 Douglas Adams said";

describe("labelStudioOffsets", () => {
  it("converts UTF-16 offsets to code points when the region text matches them", () => {
    expect(text.slice(11, 16)).toBe("Adams");
    expect(labelStudioOffsets(text, 11, 16, "Adams")).toEqual({ start: 10, end: 15 });
  });

  it("keeps code-point offsets when the task says code points (Claimdesk's version 1 export)", () => {
    expect(labelStudioOffsets(text, 10, 15, "Adams", "code-points")).toEqual({ start: 10, end: 15 });
    expect(labelStudioOffsets(text, 10, 15, null, "code-points")).toEqual({ start: 10, end: 15 });
  });

  it("takes the other unit, with a warning, when only it matches the region text", () => {
    expect(labelStudioOffsets(text, 10, 15, "Adams", "utf-16")).toEqual({ start: 10, end: 15, warning: expect.stringMatching(/code points/) });
    expect(labelStudioOffsets(text, 11, 16, "Adams", "code-points")).toEqual({ start: 10, end: 15, warning: expect.stringMatching(/UTF-16/) });
  });

  it("reads UTF-16 units, Label Studio's convention, without region text", () => {
    expect(labelStudioOffsets(text, 3, 10, null)).toEqual({ start: 2, end: 9 });
  });

  it("refuses text that matches neither unit, offsets inside the emoji and offsets past the end", () => {
    expect(labelStudioOffsets(text, 10, 15, "Douglas")).toHaveProperty("error", expect.stringMatching(/is not what the task text holds/));
    expect(labelStudioOffsets(text, 1, 5, null)).toHaveProperty("error", expect.stringMatching(/surrogate/));
    expect(labelStudioOffsets(text, 5, 99, null)).toHaveProperty("error", expect.stringMatching(/past the end/));
    expect(labelStudioOffsets("plain", 3, 3, null)).toHaveProperty("error");
  });

  it("leaves BMP-only text alone", () => {
    expect(labelStudioOffsets("plain text", 6, 10, null)).toEqual({ start: 6, end: 10 });
  });
});
