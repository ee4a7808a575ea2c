import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { clickInQuote, dragSelect, openArticle, panel, serverAnnotations } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

test("a viewer can read and inspect annotations but gets no way to create or change them", async ({ page }) => {
  await signIn(page, "viewer@example.com");
  const article = await openArticle(page, ARTICLE);
  const before = (await serverAnnotations(page, article.id)).length;
  await dragSelect(page, "Experts contend that these repeated interactions are not isolated", 2);
  await expect(page.getByTestId("selection-toolbar")).toHaveCount(0);
  await page.keyboard.press("c");
  await page.keyboard.press("1");
  await clickInQuote(page, "Naji Zaheer", 3);
  await expect(panel(page)).toContainText("You can view this mention but not edit it.");
  await expect(panel(page).getByRole("button", { name: /Delete/ })).toBeDisabled();
  expect((await serverAnnotations(page, article.id)).length).toBe(before);
});

test("an annotator sees a colleague's claim read-only", async ({ page }) => {
  await signIn(page, "annotator2@example.com");
  const article = await openArticle(page, ARTICLE);
  // Seeded by the demo data as Ana's claim.
  const colleagues = (await serverAnnotations(page, article.id)).find(
    (a) => a.author.name === "Ana Annotator" && a.exact.startsWith("the footage reveals Zaheer"),
  )!;
  await page.getByTestId("annotation-list").locator(`[data-annotation-id="${colleagues.id}"]`).click();
  await expect(panel(page)).toContainText("You can view this claim but not edit it.");
  await page.keyboard.press("Delete");
  await expect(panel(page)).toBeVisible();
});
