import { expect, test } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { clickInQuote, dragSelect, expectAllSaved, isCreate, openArticle, panel } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

test("without the CSS Custom Highlight API, annotations are drawn as decorations that never change the text", async ({ page }) => {
  // A browser without the API (Firefox before 140, older Safari).
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, "Highlight");
  });
  await signIn(page, "annotator@example.com");
  const outer = "Analysts note that such networking has potential implications for regional security";
  const inner = "regional security";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [outer, inner] });
  const editorText = () => page.locator(".ProseMirror").evaluate((el) => (el as unknown as { editor: { getText: (o: object) => string } }).editor.getText({ blockSeparator: "\n\n" }));

  // The demo annotations are there as decorated spans.
  await expect(page.locator(".ProseMirror [data-annotation-id].cd-entity-0").first()).toBeVisible();

  const ids: string[] = [];
  for (const [quote, key] of [
    [outer, "c"],
    [inner, "3"],
  ] as const) {
    await dragSelect(page, quote, 1);
    const created = page.waitForResponse(isCreate);
    await page.keyboard.press(key);
    ids.push(((await (await created).json()) as { annotation: AnnotationDTO }).annotation.id);
  }
  await expectAllSaved(page);
  const [outerId, innerId] = ids as [string, string];
  // The inner span is wrapped inside the outer one's decoration.
  await expect(page.locator(`.ProseMirror [data-annotation-id="${innerId}"]`)).toHaveText(inner);
  await expect(page.locator(`.ProseMirror [data-annotation-id="${innerId}"]`)).toHaveClass(/cd-entity-2/);
  await expect(page.locator(`.ProseMirror [data-annotation-id="${outerId}"]`).first()).toHaveClass(/cd-claim-0/);
  expect(await editorText()).toBe(article.text);

  // Hit-testing works the same: the mention first, then the claim.
  await page.keyboard.press("Escape");
  await expect(panel(page)).toHaveCount(0);
  await clickInQuote(page, inner, 3);
  await expect(panel(page)).toHaveAttribute("data-annotation-id", innerId);
  await clickInQuote(page, inner, 9);
  await expect(panel(page)).toHaveAttribute("data-annotation-id", outerId);
});
