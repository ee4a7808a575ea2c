import { describe, expect, it } from "vitest";
import { readArticleSources } from "@/lib/server/article-import/read-article-sources";

const limits = { maxFileBytes: 100, maxLines: 3, maxFiles: 10, maxRequestBytes: 1000 };

describe("readArticleSources", () => {
  it("picks the importer by extension and reads JSONL lines with their metadata", () => {
    const jsonl = ['{"title": "A", "text": "Body A", "published_at": "2026-01-02"}', "", '{"html": "<p>B</p>", "outlet": "Wire"}'].join("\n");
    const { sources, errors } = readArticleSources([{ name: "a.HTML", content: "<p>x</p>" }, { name: "b.jsonl", content: jsonl }], { ...limits, maxFileBytes: 1000 });
    expect(errors).toEqual([]);
    expect(sources.map((s) => [s.key, s.importer, s.kind, s.line, s.given])).toEqual([
      ["0", "html", "html", null, {}],
      ["1:1", "jsonl", "text", 1, { title: "A", publishedAt: "2026-01-02" }],
      ["1:3", "jsonl", "html", 3, { outlet: "Wire" }],
    ]);
  });

  it("gives one clear error per bad file or line", () => {
    const { sources, errors } = readArticleSources(
      [
        { name: "x.pdf", content: "x" },
        { name: "big.txt", content: "x".repeat(101) },
        { name: "unsent.txt", size: 2048 },
        { name: "blank.md", content: "\n \n" },
        { name: "long.jsonl", content: '{"text":"a"}\n{"text":"b"}\n{"text":"c"}\n{"text":"d"}' },
        { name: "bad.jsonl", content: '{"text": ""}\n[1]' },
      ],
      limits,
    );
    expect(sources).toEqual([]);
    expect(errors.map((e) => [e.key, e.message])).toEqual([
      ["0", "Unsupported file type: import .txt, .md, .html/.htm or .jsonl files."],
      ["1", "The file is too large (101 bytes); the limit is 100 bytes per file."],
      ["2", "The file is too large (2 KB); the limit is 100 bytes per file."],
      ["3", "The file is empty."],
      ["4", "The file has 4 lines; the limit is 3 per file. Split it into smaller files."],
      ["5:1", 'Line 1: needs a non-empty "text" or "html" field.'],
      ["5:2", expect.stringMatching(/^Line 2: /)],
    ]);
  });
});
