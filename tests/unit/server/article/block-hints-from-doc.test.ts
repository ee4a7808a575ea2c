import { describe, expect, it } from "vitest";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { blockHintsFromDoc } from "@/lib/server/article/block-hints-from-doc";

describe("blockHintsFromDoc", () => {
  it("turns a stored document back into hints that keep unchanged headings", () => {
    const doc = textToDoc("Intro line\n\nConclusion\n\nLast words.", [{ text: "Conclusion", kind: "heading", level: 3 }]);
    const hints = blockHintsFromDoc(doc);
    expect(hints).toEqual([
      { text: "Intro line", kind: "paragraph" },
      { text: "Conclusion", kind: "heading", level: 3 },
      { text: "Last words.", kind: "paragraph" },
    ]);
    expect(textToDoc("Intro line, corrected\n\nConclusion\n\nLast words.", hints).content.map((b) => b.type)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(textToDoc("Intro line\n\nIn conclusion\n\nLast words.", hints).content.map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("gives no hints for anything that is not a document", () => {
    expect(blockHintsFromDoc(null)).toEqual([]);
    expect(blockHintsFromDoc("text")).toEqual([]);
    expect(blockHintsFromDoc({ type: "paragraph" })).toEqual([]);
  });
});
