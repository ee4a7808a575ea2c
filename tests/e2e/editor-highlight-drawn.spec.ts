import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { openArticle, quoteCharPoints, scrollToQuote } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";
// An entity mention of the demo data (a tint and an underline).
const QUOTE = "Naji Zaheer";

// The highlight rules are scoped to the article text (`highlightRule`): the
// highlights must still be drawn there. The same words in pixels, with the
// page's highlights and with none: they differ only if a `::highlight()` rule
// reached the text.
test("highlights are drawn over the article text", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await openArticle(page, ARTICLE);
  // Suggestions arrive after the page and add their own highlights: wait for them, so nothing repaints between the two pictures.
  await expect(page.getByTestId("suggestion-summary")).toContainText("suggested mentions");
  await scrollToQuote(page, QUOTE);
  await page.mouse.move(1, 400);
  const { start, end } = await quoteCharPoints(page, QUOTE);
  const clip = { x: start.x - 8, y: start.y - 14, width: end.x - start.x + 16, height: 28 };

  const painted = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
  const names = await page.evaluate(() => [...CSS.highlights.keys()]);
  expect(names.length).toBeGreaterThan(0);
  await page.evaluate(() => CSS.highlights.clear());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const bare = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(painted.equals(bare)).toBe(false);
});
