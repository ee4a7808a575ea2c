import { expect, test, type Page } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { dragSelect, expectAllSaved, isCreate, openArticle, paintedHighlights, panel, serverAnnotations } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

async function createClaim(page: Page, quote: string): Promise<AnnotationDTO> {
  await dragSelect(page, quote, 1);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();
  const created = page.waitForResponse(isCreate);
  await page.keyboard.press("c");
  const annotation = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  expect(annotation.exact).toBe(quote);
  await expectAllSaved(page);
  return annotation;
}

const painted = async (page: Page) => Object.values(await paintedHighlights(page)).flat();

test("Ctrl+Z restores a deleted claim; Ctrl+Shift+Z deletes it again", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const quote = "the US Administration is seeking Pakistani support for future stabilization efforts in Gaza";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [quote] });
  const claim = await createClaim(page, quote);
  await expect(panel(page)).toHaveAttribute("data-annotation-id", claim.id);

  // Delete with the keyboard (focus is back in the text after creating).
  await page.keyboard.press("Delete");
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByTestId("toast").filter({ hasText: "Claim deleted." })).toBeVisible();
  await expectAllSaved(page);
  expect((await serverAnnotations(page, article.id)).some((a) => a.id === claim.id)).toBe(false);
  expect(await painted(page)).not.toContain(quote);

  await page.keyboard.press("Control+z");
  await expect.poll(async () => painted(page)).toContain(quote);
  await expectAllSaved(page);
  const restored = (await serverAnnotations(page, article.id)).find((a) => a.id === claim.id);
  expect(restored).toMatchObject({ exact: quote, deletedAt: null });

  await page.keyboard.press("Control+Shift+z");
  await expectAllSaved(page);
  expect((await serverAnnotations(page, article.id)).some((a) => a.id === claim.id)).toBe(false);
});

test("the Undo button of the delete toast restores the claim; undo also reverts an edit", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const quote = "such alliances can enable operational exchanges, fundraising, propaganda outreach";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [quote] });
  const claim = await createClaim(page, quote);

  await panel(page).getByLabel("Verification status").click();
  await page.getByRole("option", { name: /^Misleading/ }).click();
  await expectAllSaved(page);
  await page.locator("#main-content").focus();
  await page.keyboard.press("Control+z");
  await expectAllSaved(page);
  await expect(panel(page).getByLabel("Verification status")).toContainText("Unverified");
  expect((await serverAnnotations(page, article.id)).find((a) => a.id === claim.id)?.statusId).toBe(claim.statusId);

  await panel(page).getByRole("button", { name: "Delete claim" }).click();
  await page.getByTestId("toast").filter({ hasText: "Claim deleted." }).getByRole("button", { name: "Undo" }).click();
  await expectAllSaved(page);
  expect((await serverAnnotations(page, article.id)).find((a) => a.id === claim.id)).toMatchObject({ deletedAt: null });
});
