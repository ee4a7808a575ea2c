import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/import/extract-article";

const page = `<!doctype html>
<html lang="en-US">
<head>
  <title>Port terminal opens after two years of delays – Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2026-01-07T10:00:00+05:00">
  <meta name="author" content="Jane Doe">
  <link rel="canonical" href="https://example.com/port-terminal">
  <style>p { color: red }</style>
  <script>window.stolen = document.cookie</script>
</head>
<body onload="track()">
  <header><a href="/">Example News</a><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
  <main><article>
    <h1>Port terminal opens after two years of delays</h1>
    <p onclick="steal()">The port authority said on Tuesday that the new terminal would open in March, after two years of delays caused by funding disputes and a shortage of&nbsp;workers.</p>
    <h2>Why it matters</h2>
    <p>Shipping companies have waited for the terminal since 2023, and several of them have already moved part of their traffic to neighbouring ports, officials said.</p>
    <script>document.write("injected paragraph")</script>
    <iframe src="https://ads.example.com">frame fallback text</iframe>
    <ul><li>The terminal cost 1.2 billion dollars to build.</li><li>It will handle two million containers a year.</li></ul>
    <blockquote><p>“This is a great day for the city,” the mayor said.</p></blockquote>
    <p>Critics, however, say the project <a href="/budget" onmouseover="x()">went over budget</a> and that<br>the environmental review was rushed.</p>
  </article>
  <aside><h3>Related Articles</h3><ul><li><a href="/a">Port strike ends</a></li><li><a href="/b">Mayor re-elected</a></li></ul></aside></main>
  <footer><p>© 2026 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>`;

describe("extractArticle, html", () => {
  const result = extractArticle({ kind: "html", content: page });

  it("keeps the article's paragraphs, list items, quote and subheading as blocks", () => {
    expect(result.text).toBe(
      [
        "The port authority said on Tuesday that the new terminal would open in March, after two years of delays caused by funding disputes and a shortage of\u00a0workers.",
        "Why it matters",
        "Shipping companies have waited for the terminal since 2023, and several of them have already moved part of their traffic to neighbouring ports, officials said.",
        "The terminal cost 1.2 billion dollars to build.",
        "It will handle two million containers a year.",
        "“This is a great day for the city,” the mayor said.",
        "Critics, however, say the project went over budget and that\nthe environmental review was rushed.",
      ].join("\n\n"),
    );
    expect(result.blocks.find((b) => b.text === "Why it matters")).toMatchObject({ kind: "heading", level: 2, kept: true });
  });

  it("never lets scripts, styles, frames or handlers through", () => {
    const everything = result.blocks.map((b) => b.text).join("\n");
    for (const bad of ["stolen", "cookie", "injected", "color: red", "frame fallback", "steal", "track()", "onmouseover", "<"]) {
      expect(everything).not.toContain(bad);
    }
  });

  it("lists navigation, header, sidebar and footer text as removed, in page order", () => {
    const removed = result.blocks.filter((b) => !b.kept).map((b) => [b.text, b.rule]);
    expect(removed).toEqual([
      ["Example News", "not-main-content"],
      ["Home", "not-main-content"],
      ["World", "not-main-content"],
      ["Port terminal opens after two years of delays", "title"],
      ["Related Articles", "not-main-content"],
      ["Port strike ends", "not-main-content"],
      ["Mayor re-elected", "not-main-content"],
      ["© 2026 Example News. All rights reserved.", "not-main-content"],
      ["Privacy policy", "not-main-content"],
    ]);
    expect(result.blocks.map((b) => b.index)).toEqual(result.blocks.map((_, i) => i));
  });

  it("reads metadata from meta tags, the canonical link and <html lang>", () => {
    expect(result.title).toBe("Port terminal opens after two years of delays");
    expect(result.metadata).toEqual({
      title: "Port terminal opens after two years of delays",
      outlet: "Example News",
      author: "Jane Doe",
      publishedAt: "2026-01-07T05:00:00.000Z",
      url: "https://example.com/port-terminal",
      language: "en",
    });
  });

  it("prefers og:title over the page title", () => {
    const withOg = page.replace("<head>", '<head><meta property="og:title" content="Terminal opens">');
    expect(extractArticle({ kind: "html", content: withOg }).metadata.title).toBe("Terminal opens");
  });

  it("accepts a bare fragment without Readability-sized content", () => {
    const fragment =
      '<nav><a href="/">Home</a></nav><p>The port authority said on Tuesday that the new terminal would open in March.</p><footer>Share this Post</footer>';
    const small = extractArticle({ kind: "html", content: fragment, fileName: "port.html" });
    expect(small.text).toBe("The port authority said on Tuesday that the new terminal would open in March.");
    expect(small.blocks.filter((b) => !b.kept).map((b) => b.text)).toEqual(["Home", "Share this Post"]);
  });
});

describe("extractArticle, html, arbitrary markup", () => {
  const snippet = fc.constantFrom(
    "<p>The officials met in the city on Tuesday and said that they would meet again in the spring.</p>",
    "<div>",
    "</div>",
    "<h2>Background</h2>",
    "<ul><li>One item</li><li>Two <a href='#'>items</a></li></ul>",
    "<script>LEAK()</script>",
    "<style>.LEAK{}</style>",
    "<iframe src='x'>LEAK</iframe>",
    "<noscript>LEAK</noscript>",
    "<template><p>LEAK</p></template>",
    "<p onclick='LEAK()'>Click <b>here</b><br>now</p>",
    "<nav><a href='/'>Home</a></nav>",
    "text &amp; more&nbsp;text",
    "<p>",
    "</p>",
  );

  it("never throws and never lets script, style, frame or template text into any block", () => {
    fc.assert(
      fc.property(fc.array(snippet, { maxLength: 25 }), fc.boolean(), (parts, wrap) => {
        const body = parts.join("\n");
        const content = wrap ? `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>` : body;
        const result = extractArticle({ kind: "html", content });
        for (const block of result.blocks) {
          expect(block.text).not.toContain("LEAK");
          expect(block.text).not.toMatch(/\n\s*\n|^\s|\s$/);
        }
        expect(result.text).toBe(result.blocks.filter((b) => b.kept).map((b) => b.text).join("\n\n"));
      }),
      { numRuns: 200 },
    );
  });
});
