import { describe, expect, it } from "vitest";
import { textToDoc } from "@/lib/article-content/text-to-doc";

describe("textToDoc", () => {
  it("turns empty text into one empty paragraph", () => {
    expect(textToDoc("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("makes one paragraph per blank-line-separated part and a hardBreak per line break", () => {
    expect(textToDoc("One.\n\nTwo\nlines")).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "One." }] },
        {
          type: "paragraph",
          content: [{ type: "text", text: "Two" }, { type: "hardBreak" }, { type: "text", text: "lines" }],
        },
      ],
    });
  });

  it("cuts separators left to right, so extra line breaks become empty paragraphs or hardBreaks", () => {
    // "\n\n\n" = separator + "\n": an empty block, then a block that is one line break.
    expect(textToDoc("\n\n\n").content).toEqual([
      { type: "paragraph" },
      { type: "paragraph", content: [{ type: "hardBreak" }] },
    ]);
    // "a" + "\n\n" + "" + "\n\n" + "b"
    expect(textToDoc("a\n\n\n\nb").content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "a" }] },
      { type: "paragraph" },
      { type: "paragraph", content: [{ type: "text", text: "b" }] },
    ]);
  });

  it("keeps characters exactly, including non-breaking spaces, tabs and astral characters", () => {
    const text = " lead\u00a0space\t😀 ";
    expect(textToDoc(text).content).toEqual([{ type: "paragraph", content: [{ type: "text", text }] }]);
  });

  it("marks blocks as headings when a hint with the same text lines up", () => {
    const doc = textToDoc("Intro\n\nBody text.\n\nConclusion\n\nEnd.", [
      { text: "Share this Post", kind: "paragraph" }, // a removed block: skipped
      { text: "Intro", kind: "heading", level: 3 },
      { text: "Body text.", kind: "paragraph" },
      { text: "Conclusion", kind: "heading" },
      { text: "End.", kind: "paragraph" },
    ]);
    expect(doc.content).toEqual([
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Intro" }] },
      { type: "paragraph", content: [{ type: "text", text: "Body text." }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Conclusion" }] },
      { type: "paragraph", content: [{ type: "text", text: "End." }] },
    ]);
  });

  it("ignores hints for removed blocks, even when their text matches", () => {
    // A user dropped the heading copy and kept the paragraph copy of a repeated line.
    const doc = textToDoc("Conclusion\n\nEnd.", [
      { text: "Conclusion", kind: "heading", kept: false },
      { text: "Conclusion", kind: "paragraph", kept: true },
      { text: "End.", kind: "paragraph", kept: true },
    ]);
    expect(doc.content[0]).toEqual({ type: "paragraph", content: [{ type: "text", text: "Conclusion" }] });
  });

  it("falls back to paragraphs when hints do not match and clamps odd levels", () => {
    expect(textToDoc("A\n\nB", [{ text: "B", kind: "heading", level: 9 }]).content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "A" }] },
      { type: "heading", attrs: { level: 6 }, content: [{ type: "text", text: "B" }] },
    ]);
    expect(textToDoc("A", [{ text: "X", kind: "heading" }]).content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "A" }] },
    ]);
  });
});
