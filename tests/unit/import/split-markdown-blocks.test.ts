import { describe, expect, it } from "vitest";
import { readFrontMatter } from "@/lib/import/read-front-matter";
import { splitMarkdownBlocks } from "@/lib/import/split-markdown-blocks";

describe("splitMarkdownBlocks", () => {
  it("makes ATX headings heading blocks, even without a blank line after them", () => {
    expect(splitMarkdownBlocks("# Port opens #\n\nFirst *paragraph*.\n## Background\nMore text here.")).toEqual([
      { text: "Port opens", kind: "heading", level: 1 },
      { text: "First *paragraph*.", kind: "paragraph" },
      { text: "Background", kind: "heading", level: 2 },
      { text: "More text here.", kind: "paragraph" },
    ]);
  });

  it("does not take a hashtag or an empty heading marker for a heading", () => {
    expect(splitMarkdownBlocks("#hashtag text\n\n#")).toEqual([
      { text: "#hashtag text", kind: "paragraph" },
      { text: "#", kind: "paragraph" },
    ]);
  });
});

describe("readFrontMatter", () => {
  it("reads flat key: value metadata and where the body starts", () => {
    const markdown = '---\ntitle: "Port terminal opens"\nauthor: Jane Doe\ndate: 2026-03-01\nlang: en-GB\ntags: [a, b]\n---\n# Body';
    expect(readFrontMatter(markdown)).toEqual({
      metadata: { title: "Port terminal opens", author: "Jane Doe", publishedAt: "2026-03-01", language: "en-GB" },
      bodyStart: markdown.indexOf("# Body"),
    });
  });

  it("returns nothing for a document without front matter", () => {
    expect(readFrontMatter("# Title\n---\n")).toEqual({ metadata: {}, bodyStart: 0 });
  });
});
