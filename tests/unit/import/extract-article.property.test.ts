import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docToText } from "@/lib/article-content/doc-to-text";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { extractArticle } from "@/lib/import/extract-article";

// Inputs assembled from pieces the pipeline reacts to: prose, chrome, headings,
// blank and whitespace-only lines, non-breaking spaces, astral characters.
const piece = fc.constantFrom(
  "The officials met in the city on Tuesday and said that they would meet again in the spring.",
  "He denied it.",
  "Conclusion",
  "Share this Post",
  "LEAVE A REPLY",
  "spot_img",
  "Sunday, February 22, 2026",
  "# Heading",
  "By Jane Doe",
  "Zaheer’s\u00a0visit 😀",
  "\n",
  "\n\n",
  "\n \u00a0\t\n",
  " ",
  "\r\n",
);
const input = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));

describe("extractArticle on arbitrary text and markdown", () => {
  it("keeps every block exact, joins kept blocks, and round-trips through the editor document", () => {
    fc.assert(
      fc.property(input, fc.constantFrom("text" as const, "markdown" as const), (content, kind) => {
        const result = extractArticle({ kind, content });
        const normalised = content.replace(/\r\n?/g, "\n");
        for (const block of result.blocks) {
          expect(block.text).not.toBe("");
          expect(block.text).not.toMatch(/\n\s*\n|^\s|\s$/);
          if (!(kind === "markdown" && block.kind === "heading")) expect(normalised).toContain(block.text);
        }
        expect(result.text).toBe(result.blocks.filter((b) => b.kept).map((b) => b.text).join("\n\n"));
        expect(docToText(textToDoc(result.text, result.blocks))).toBe(result.text);
        expect(result.title).not.toBe("");
      }),
      { numRuns: 500 },
    );
  });
});
