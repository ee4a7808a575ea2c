import { expect, type Page, type Response } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";

// Helpers for the annotation editor specs (tests/e2e/editor-*.spec.ts).

type ApiArticle = { id: string; title: string; text: string };

/**
 * Opens the demo article whose title contains `titlePart` and waits for its
 * text and highlights. `leftovers`: first delete this author's annotations
 * with these quotes, left by an earlier run against the same database, so a
 * spec sees only the spans it makes.
 */
export async function openArticle(page: Page, titlePart: string, leftovers?: { author: string; quotes: readonly string[] }): Promise<ApiArticle> {
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: ApiArticle[] };
  const found = list.articles.find((a) => a.title.includes(titlePart));
  if (!found) throw new Error(`no demo article titled like “${titlePart}”`);
  const { article } = (await (await page.request.get(`/api/projects/demo/articles/${found.id}`)).json()) as { article: ApiArticle };
  if (leftovers) await deleteLeftovers(page, article.id, leftovers.author, leftovers.quotes);
  await page.goto(`/projects/demo/articles/${article.id}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  // The list renders in the background after the text.
  await expect(page.getByTestId("annotation-list-box")).toHaveAttribute("aria-busy", "false");
  return article;
}

/** The annotations the API has for an article now (not deleted). */
export async function serverAnnotations(page: Page, articleId: string): Promise<AnnotationDTO[]> {
  const response = await page.request.get(`/api/projects/demo/articles/${articleId}/annotations`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { annotations: AnnotationDTO[] }).annotations;
}

/**
 * Viewport points (whole pixels) of characters of the editor's text: the
 * middles of the characters at `from` and `to` within the first occurrence
 * of `quote` (by default its first and last character).
 */
export async function quoteCharPoints(page: Page, quote: string, from = 0, to = quote.length - 1) {
  const points = await page.evaluate(
    ({ quote, from, to }) => {
      const root = document.querySelector(".ProseMirror")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(quote);
        if (at < 0) continue;
        const rectOf = (offset: number) => {
          const range = document.createRange();
          range.setStart(node!, offset);
          range.setEnd(node!, offset + 1);
          const rect = range.getBoundingClientRect();
          // Whole pixels: headless Chromium does not start a drag-selection
          // from some fractional mouse-down positions (a plain page does the same).
          return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
        };
        return { start: rectOf(at + from), end: rectOf(at + to) };
      }
      return null;
    },
    { quote, from, to },
  );
  if (!points) throw new Error(`“${quote}” is not in one text node of the editor`);
  return points;
}

/** Scrolls the page so that `quote` is in the middle of the viewport. */
export async function scrollToQuote(page: Page, quote: string): Promise<void> {
  const target = await quoteCharPoints(page, quote);
  await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), target.start.y);
}

/** Selects text by dragging the mouse from inside its first word to inside its last. */
export async function dragSelect(page: Page, quote: string, inset = 1): Promise<void> {
  await scrollToQuote(page, quote);
  const { start, end } = await quoteCharPoints(page, quote, inset, quote.length - 1 - inset);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(Math.round((start.x + end.x) / 2), Math.round((start.y + end.y) / 2), { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Moves the mouse onto the `at`-th character of `quote`. */
export async function hoverInQuote(page: Page, quote: string, at = 1): Promise<void> {
  await scrollToQuote(page, quote);
  const { start } = await quoteCharPoints(page, quote, at, at);
  await page.mouse.move(start.x, start.y, { steps: 2 });
}

/** Clicks the middle of the `at`-th character of `quote`. */
export async function clickInQuote(page: Page, quote: string, at = 1): Promise<void> {
  await scrollToQuote(page, quote);
  const { start } = await quoteCharPoints(page, quote, at, at);
  await page.mouse.click(start.x, start.y);
}

export function isCreate(response: Response): boolean {
  return response.request().method() === "POST" && /\/articles\/[^/]+\/annotations$/.test(new URL(response.url()).pathname);
}

export function isPatch(response: Response): boolean {
  return response.request().method() === "PATCH" && /\/annotations\/[^/]+$/.test(new URL(response.url()).pathname);
}

/** The panel of the selected annotation. */
export function panel(page: Page) {
  return page.locator("[data-annotation-panel]");
}

async function deleteLeftovers(page: Page, articleId: string, userName: string, quotes: readonly string[]): Promise<void> {
  for (const annotation of await serverAnnotations(page, articleId)) {
    if (annotation.author.name !== userName || !quotes.includes(annotation.exact)) continue;
    const response = await page.request.delete(`/api/projects/demo/annotations/${annotation.id}?version=${annotation.version}`);
    expect(response.ok()).toBe(true);
  }
}

/** Waits until everything in the editor is saved. */
export async function expectAllSaved(page: Page, timeout = 15_000): Promise<void> {
  await expect(page.getByTestId("save-summary")).toHaveText("All changes saved", { timeout });
}

/** Every painted range, as text, by CSS highlight name. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      const texts: string[] = [];
      highlight.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      });
      out[name] = texts;
    });
    return out;
  });
}
