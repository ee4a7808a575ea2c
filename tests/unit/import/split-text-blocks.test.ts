import { describe, expect, it } from "vitest";
import { splitTextBlocks } from "@/lib/import/split-text-blocks";

const texts = (text: string) => splitTextBlocks(text).map((block) => block.text);

describe("splitTextBlocks", () => {
  it("splits on blank lines, including lines of only whitespace, and trims block edges", () => {
    expect(texts("  One.\n\n\n \u00a0\t\nTwo\u00a0two. \n\n\n")).toEqual(["One.", "Two\u00a0two."]);
  });

  it("keeps a chunk's inner line breaks when its lines are not sentences", () => {
    expect(texts("Senior figures from\nHamas and the\nLashkar-e-Taiba (LeT) recently held a high-profile meeting in Pakistan.")).toEqual([
      "Senior figures from\nHamas and the\nLashkar-e-Taiba (LeT) recently held a high-profile meeting in Pakistan.",
    ]);
    expect(texts("21.5 C\nNew Delhi\nSunday, February 22, 2026")).toEqual(["21.5 C\nNew Delhi\nSunday, February 22, 2026"]);
  });

  it("splits paragraphs written one per line, headings included", () => {
    const text = [
      "Three days later, the chair invited the prime minister to join it.",
      "Conclusion",
      "This convergence poses serious and multi-layered threats to the region.",
    ].join("\n");
    expect(texts(text)).toEqual([
      "Three days later, the chair invited the prime minister to join it.",
      "Conclusion",
      "This convergence poses serious and multi-layered threats to the region.",
    ]);
  });

  it("keeps a hard-wrapped paragraph whole", () => {
    const text = "The port authority said on Tuesday that the new\nterminal would open in March, after two years of\ndelays caused by funding disputes.";
    expect(texts(text)).toEqual([text]);
  });

  it("returns nothing for blank input", () => {
    expect(splitTextBlocks(" \n\n\t\n")).toEqual([]);
  });
});
