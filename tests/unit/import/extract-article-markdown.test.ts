import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/import/extract-article";

describe("extractArticle, markdown", () => {
  const markdown = [
    "---",
    'title: "Port terminal opens"',
    "author: Jane Doe",
    "date: 2026-03-01",
    "---",
    "",
    "# Port terminal opens",
    "",
    "The port authority said on Tuesday that the **new terminal** would open in March,",
    "after two years of delays.",
    "",
    "## Background",
    "Shipping companies have waited for the terminal since 2023, and several have moved traffic away.",
    "",
    "Share this post",
    "",
  ].join("\r\n");
  const result = extractArticle({ kind: "markdown", content: markdown });

  it("takes the title from front matter and drops the matching # heading from the body", () => {
    expect(result.title).toBe("Port terminal opens");
    expect(result.metadata).toEqual({ title: "Port terminal opens", author: "Jane Doe", publishedAt: "2026-03-01", language: "en" });
    expect(result.blocks[0]).toMatchObject({ text: "Port terminal opens", rule: "title", level: 1 });
  });

  it("keeps paragraphs exactly (inline syntax and line breaks included) and headings without #", () => {
    expect(result.text).toBe(
      "The port authority said on Tuesday that the **new terminal** would open in March,\nafter two years of delays.\n\nBackground\n\nShipping companies have waited for the terminal since 2023, and several have moved traffic away.",
    );
    expect(result.blocks[2]).toMatchObject({ text: "Background", kind: "heading", level: 2, kept: true });
    expect(result.blocks[4]).toMatchObject({ text: "Share this post", rule: "boilerplate", kept: false });
  });

  it("finds a leading # heading as the title without front matter", () => {
    const plain = extractArticle({ kind: "markdown", content: "# Port terminal opens today\n\nThe port authority said on Tuesday that the new terminal would open in March." });
    expect(plain.title).toBe("Port terminal opens today");
    expect(plain.text).toBe("The port authority said on Tuesday that the new terminal would open in March.");
  });
});
