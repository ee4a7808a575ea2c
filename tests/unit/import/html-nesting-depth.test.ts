import { describe, expect, it } from "vitest";
import { htmlNestingDepth } from "@/lib/import/html-nesting-depth";
import { extractArticle } from "@/lib/import/extract-article";
import { HTML_DEPTH_MAX } from "@/lib/import/extract-html-blocks";

const para = "<p>The council confirmed on Monday that the new budget will cut property taxes for most households next year.</p>";
const nested = (levels: number) => `<html><body>${"<div>".repeat(levels)}${para}${para}${"</div>".repeat(levels)}</body></html>`;

describe("htmlNestingDepth", () => {
  it("counts element nesting by hand-checked cases", () => {
    expect(htmlNestingDepth("plain text", 10)).toBe(0);
    expect(htmlNestingDepth("<p>a</p><p>b</p>", 10)).toBe(1);
    expect(htmlNestingDepth("<div><p>a <b>b</b></p></div>", 10)).toBe(3);
    // Void elements close themselves; unclosed <p> and <li> are closed by the next one, as in a browser.
    expect(htmlNestingDepth("<p>a<br>b<img src=x><p>c<p>d", 10)).toBe(2);
    expect(htmlNestingDepth("<ul><li>a<li>b<li>c</ul>", 10)).toBe(2);
  });

  it("stops soon after the limit, whatever the depth", () => {
    expect(htmlNestingDepth(nested(1_000_000), 200)).toBe(201);
  });
});

describe("extractArticle on deeply nested HTML", () => {
  it("refuses HTML nested 5,000 levels with a clear message instead of exhausting the stack", () => {
    expect(() => extractArticle({ kind: "html", content: nested(5_000), fileName: "deep.html" })).toThrow(/more than 200 levels deep/);
  });

  it("still reads HTML at the limit", () => {
    const extracted = extractArticle({ kind: "html", content: nested(HTML_DEPTH_MAX - 10), fileName: "ok.html" });
    expect(extracted.text).toContain("The council confirmed on Monday");
  });
});
