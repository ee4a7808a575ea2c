import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The article page sends its text as HTML and paints the highlights over it
// before the editor has loaded (issue 15); the editor then takes over.
const id = () => `c${Array.from({ length: 24 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("")}`;

// Three paragraphs, one with a line break and one with an astral character
// (two UTF-16 units, one code point), a heading-free plain text.
const PARAGRAPHS = ["Harbour pumps failed at dawn, the mayor said.", "Engineers 𝔘 restarted them\nby noon.", "Rain is forecast again on Friday."];
const QUOTES = ["Harbour pumps", "the mayor said", "restarted them", "by noon", "Friday"];

function article(articleId: string) {
  const text = PARAGRAPHS.join("\n\n");
  const review = { state: "PENDING", gold: false, reviews: 0, last_decision: null, last_decided_at: null };
  const spans = QUOTES.map((quote) => {
    const at = text.indexOf(quote);
    // Code points: the astral character before "restarted" counts once.
    const start = [...text.slice(0, at)].length;
    return { id: id(), start, end: start + [...quote].length, text: quote, kind: "entity_mention", labels: ["location"], entity_id: null, annotator: { id: "elsewhere", name: "" }, review };
  });
  const record = { id: articleId, title: `Static text ${articleId}`, outlet: "", url: null, author: null, published_at: null, language: "en", revision: 1, text, spans, claims: [], entities: [] };
  return `${JSON.stringify(record)}\n`;
}

test("the text arrives as HTML and its highlights are painted on it before the editor takes over", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const articleId = id();
  const imported = await page.request.post("/api/projects/demo/imports/annotations/commit", {
    data: { files: [{ name: "static.jsonl", content: article(articleId) }], createArticles: true },
  });
  expect(imported.status(), await imported.text()).toBe(201);

  const html = await (await page.request.get(`/projects/demo/articles/${articleId}`)).text();
  expect(html).toContain("data-static-article-text");
  expect(html).toContain("Harbour pumps failed at dawn, the mayor said.");

  // Records the text of every range registered while the server-rendered text is shown.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { staticHighlightTexts: string[] }).staticHighlightTexts = seen;
    const set = HighlightRegistry.prototype.set;
    HighlightRegistry.prototype.set = function (name: string, highlight: Highlight) {
      if (document.querySelector("[data-static-article-text]")) {
        highlight.forEach((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          seen.push(range.toString());
        });
      }
      return set.call(this, name, highlight);
    };
  });
  await page.goto(`/projects/demo/articles/${articleId}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator("[data-static-article-text]")).toHaveCount(0);

  const painted = await page.evaluate(() => (window as unknown as { staticHighlightTexts: string[] }).staticHighlightTexts);
  expect([...new Set(painted)].sort()).toEqual([...QUOTES].sort());
  // The editor's text is the same text.
  await expect(page.locator(".ProseMirror")).toContainText("Engineers 𝔘 restarted them");
});

test("the server-rendered text is laid out as the editor lays it out, so nothing moves when the editor takes over", async ({ browser }, testInfo) => {
  const withScript = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await withScript.newPage();
  await signIn(page, "owner@example.com");
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: { id: string }[] };
  const articleId = list.articles[0]!.id;
  await page.goto(`/projects/demo/articles/${articleId}`);
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  const editorBox = await page.locator(".ProseMirror").boundingBox();
  await page.screenshot({ path: testInfo.outputPath("editor.png") });

  // The same page before any script runs: only the server's HTML.
  const withoutScript = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false, storageState: await withScript.storageState() });
  const bare = await withoutScript.newPage();
  await bare.goto(`/projects/demo/articles/${articleId}`);
  const staticBox = await bare.locator("[data-static-article-text]").boundingBox();
  await bare.screenshot({ path: testInfo.outputPath("server-rendered.png") });

  expect(staticBox).not.toBeNull();
  expect(editorBox).not.toBeNull();
  expect(Math.abs(staticBox!.width - editorBox!.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(staticBox!.height - editorBox!.height)).toBeLessThanOrEqual(1);
  await withScript.close();
  await withoutScript.close();
});
