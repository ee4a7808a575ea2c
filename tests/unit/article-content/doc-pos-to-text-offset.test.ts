import { describe, expect, it } from "vitest";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";

// Same document as in text-offset-to-doc-pos.test.ts: <p>ab</p><p>cd</p>, size 8.
describe("docPosToTextOffset", () => {
  const text = "ab\n\ncd";

  it("inverts textOffsetToDocPos inside blocks", () => {
    expect(docPosToTextOffset(text, 1)).toBe(0);
    expect(docPosToTextOffset(text, 3)).toBe(2);
    expect(docPosToTextOffset(text, 5)).toBe(4);
    expect(docPosToTextOffset(text, 7)).toBe(6);
  });

  it("maps the position between blocks to the middle of the separator", () => {
    expect(docPosToTextOffset(text, 4)).toBe(3);
  });

  it("clamps the positions outside every block to the ends of the text", () => {
    expect(docPosToTextOffset(text, 0)).toBe(0);
    expect(docPosToTextOffset(text, 8)).toBe(6);
    expect(docPosToTextOffset("", 0)).toBe(0);
    expect(docPosToTextOffset("", 2)).toBe(0);
  });

  it("rejects positions outside the document", () => {
    expect(() => docPosToTextOffset(text, 9)).toThrow(RangeError);
    expect(() => docPosToTextOffset(text, -1)).toThrow(RangeError);
  });
});
