import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ArticleDetails } from "@/app/(workspace)/projects/[slug]/articles/[articleId]/_components/article-details";

const article = { status: "NOT_STARTED" as const, outlet: "Outlet", publishedAt: null, revision: 1, language: "en", contentHash: "a".repeat(64), text: "Some text." };

describe("ArticleDetails renders stored URLs defensively", () => {
  it("a malformed stored URL (http://[broken) is shown as text, not thrown on", () => {
    const html = renderToStaticMarkup(<ArticleDetails article={{ ...article, url: "http://[broken" }} />);
    expect(html).toContain("http://[broken");
    expect(html).not.toContain("<a ");
  });

  it("a javascript: URL never becomes a link", () => {
    const html = renderToStaticMarkup(<ArticleDetails article={{ ...article, url: "javascript:alert(1)" }} />);
    expect(html).not.toContain('href="javascript:');
  });

  it("an http(s) URL links with its host", () => {
    const html = renderToStaticMarkup(<ArticleDetails article={{ ...article, url: "https://news.example.org/story" }} />);
    expect(html).toContain('href="https://news.example.org/story"');
    expect(html).toContain(">news.example.org</a>");
  });
});
