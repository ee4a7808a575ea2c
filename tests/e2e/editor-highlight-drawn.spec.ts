import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { openArticle } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";
// An entity mention of the demo data (a tint and an underline).
const QUOTE = "Naji Zaheer";

// The highlight rules are scoped (`highlightRule`: inside the editor;
// `openingHighlightRule`: unscoped, for the server-rendered text until the
// editor takes over): the highlights must still be drawn in both. The same
// words in pixels, with the page's highlights and with none: they differ only
// if a `::highlight()` rule reached the text.

/** The viewport box of `quote` in the text under `root`, scrolled to the middle of the screen. */
async function quoteBox(page: Page, root: string, quote: string) {
  const box = await page.evaluate(
    ({ root, quote }) => {
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
        const rect = range.getBoundingClientRect();
        return { x: Math.floor(rect.left) - 4, y: Math.floor(rect.top) - 4, width: Math.ceil(rect.width) + 8, height: Math.ceil(rect.height) + 8 };
      }
      return null;
    },
    { root, quote },
  );
  if (!box) throw new Error(`“${quote}” is not in one text node of ${root}`);
  return box;
}

async function expectDrawn(page: Page, root: string): Promise<void> {
  await page.mouse.move(1, 400);
  const clip = await quoteBox(page, root, QUOTE);
  const painted = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
  expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await page.evaluate(() => CSS.highlights.clear());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const bare = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(painted.equals(bare)).toBe(false);
}

test("highlights are drawn over the editor's text", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await openArticle(page, ARTICLE);
  // Suggestions arrive after the page and add their own highlights: wait for them, so nothing repaints between the two pictures.
  await expect(page.getByTestId("suggestion-summary")).toContainText("suggested mentions");
  await expectDrawn(page, ".ProseMirror");
});

test("highlights are drawn over the server-rendered text before any script chunk has run", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: { id: string; title: string }[] };
  const found = list.articles.find((a) => a.title.includes(ARTICLE))!;
  // No chunk ever arrives: only the HTML and its inline early paint.
  await page.route("**/_next/static/**/*.js", () => new Promise<void>(() => {}));
  await page.goto(`/projects/demo/articles/${found.id}`, { waitUntil: "commit" });
  await expect(page.locator("[data-static-article-text]")).toContainText(QUOTE);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await expectDrawn(page, "[data-static-article-text]");
});
