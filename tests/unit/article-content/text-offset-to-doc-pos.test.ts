import { describe, expect, it } from "vitest";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";

// "ab\n\ncd" as a document: <p>ab</p><p>cd</p>
//   pos 0 before <p>, 1 before "a", 2 before "b", 3 after "b", 4 between the
//   paragraphs, 5 before "c", 6 before "d", 7 after "d", 8 after </p>.
describe("textOffsetToDocPos", () => {
  const text = "ab\n\ncd";

  it("maps offsets in the first block past the paragraph's open token", () => {
    expect(textOffsetToDocPos(text, 0)).toBe(1);
    expect(textOffsetToDocPos(text, 2)).toBe(3);
  });

  it("maps offsets in a later block past the close and open tokens the separator stands for", () => {
    expect(textOffsetToDocPos(text, 4)).toBe(5); // before "c"
    expect(textOffsetToDocPos(text, 6)).toBe(7); // end of text
  });

  it("maps the middle of a separator to the position between the blocks", () => {
    expect(textOffsetToDocPos(text, 3)).toBe(4);
  });

  it("counts a line break as the one position of its hardBreak", () => {
    // <p>a<br>b</p>: 1 before "a", 2 before <br>, 3 before "b"
    expect(textOffsetToDocPos("a\nb", 2)).toBe(3);
  });

  it("counts UTF-16 code units, like ProseMirror", () => {
    expect(textOffsetToDocPos("😀x", 2)).toBe(3);
  });

  it("rejects offsets outside the text", () => {
    expect(() => textOffsetToDocPos(text, -1)).toThrow(RangeError);
    expect(() => textOffsetToDocPos(text, 7)).toThrow(RangeError);
    expect(() => textOffsetToDocPos(text, 1.5)).toThrow(RangeError);
  });
});
