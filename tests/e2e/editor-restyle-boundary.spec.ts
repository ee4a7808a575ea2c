import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { dragSelect, hoverInQuote, openArticle } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

// What `RestyleBoundary` holds is inserted and removed on its own: its parent
// draws no box and has no other child, so Chromium restyles only it, not the
// whole workspace beside it (issue 15's key C trace: 1,215 elements restyled
// for every selection toolbar shown). Fails if the toolbar or the hover card
// is moved back among the workspace's columns.
async function expectAlone(element: Locator): Promise<void> {
  const parent = await element.evaluate((node) => {
    const box = node.parentElement!;
    return { display: getComputedStyle(box).display, children: box.childElementCount, workspace: box.parentElement!.hasAttribute("data-annotation-workspace") };
  });
  expect(parent).toEqual({ display: "contents", children: 1, workspace: true });
}

test("the selection toolbar and the hover card come and go in boxes of their own, and look as before", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const quote = "the Mufti Mahmood Conference in Peshawar";
  await openArticle(page, ARTICLE);

  await dragSelect(page, quote, 1);
  const toolbar = page.getByTestId("selection-toolbar");
  await expect(toolbar).toBeVisible();
  await expectAlone(toolbar);
  // Still placed over the text, in the viewport, as a fixed box.
  expect(await toolbar.evaluate((node) => getComputedStyle(node).position)).toBe("fixed");

  // A fresh page, with no selection, for the hover card.
  await openArticle(page, ARTICLE);
  await hoverInQuote(page, "Naji Zaheer", 2);
  const card = page.getByTestId("annotation-hover-card");
  await expect(card).toBeVisible();
  await expectAlone(card);
});
