import { describe, expect, it } from "vitest";
import { docToText } from "@/lib/article-content/doc-to-text";

describe("docToText", () => {
  it("joins textblocks with a blank line and renders hardBreak as a line break", () => {
    expect(
      docToText({
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Conclusion" }] },
          {
            type: "paragraph",
            content: [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "text", text: "b" }],
          },
          { type: "paragraph" },
        ],
      }),
    ).toBe("Conclusion\n\na\nb\n\n");
  });

  it("returns the empty string for one empty paragraph and for a doc without blocks", () => {
    expect(docToText({ type: "doc", content: [{ type: "paragraph" }] })).toBe("");
    expect(docToText({ type: "doc" })).toBe("");
  });

  it("ignores marks, which style text without changing it", () => {
    expect(
      docToText({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "bold", marks: [{ type: "bold" }] }] }],
      }),
    ).toBe("bold");
  });

  it("rejects nodes it cannot represent exactly", () => {
    expect(() => docToText({ type: "paragraph" })).toThrow(/expected a doc/);
    expect(() => docToText({ type: "doc", content: [{ type: "bulletList", content: [] }] })).toThrow(/bulletList/);
    expect(() =>
      docToText({ type: "doc", content: [{ type: "paragraph", content: [{ type: "mention" }] }] }),
    ).toThrow(/mention/);
  });
});
