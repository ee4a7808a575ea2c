import { expect, test } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { dragSelect, expectAllSaved, isCreate, openArticle, paintedHighlights, panel, serverAnnotations } from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";
const SAVES = "**/api/projects/demo/annotations/**";

test("a save that fails keeps the edit visible and marked unsaved, and goes through once the server is reachable", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "annotator@example.com");
  const quote = "mounting public interactions between Hamas leaders and Pakistan-linked militant fronts";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [quote] });
  await dragSelect(page, quote, 2);
  const created = page.waitForResponse(isCreate);
  await page.keyboard.press("c");
  const claim = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  await expectAllSaved(page);

  // The server becomes unreachable for saves.
  let blocked = 0;
  await page.route(SAVES, (route) => {
    blocked++;
    return route.abort("connectionrefused");
  });
  const note = "Typed while the server was unreachable.";
  await panel(page).getByLabel("Note", { exact: true }).fill(note);

  // Not saved: said in the panel, the list, the toolbar and the highlight;
  // what was typed is still there.
  await expect(panel(page).getByRole("alert")).toContainText("Not saved");
  await expect(page.getByTestId("save-summary")).toContainText("not saved");
  await expect(page.getByTestId("annotation-list").locator(`[data-annotation-id="${claim.id}"]`)).toContainText("Not saved");
  await expect(panel(page).getByLabel("Note", { exact: true })).toHaveValue(note);
  expect((await paintedHighlights(page))["cd-unsaved"]).toContain(quote);
  expect((await serverAnnotations(page, article.id)).find((a) => a.id === claim.id)?.note).toBe("");
  await expect.poll(() => blocked).toBeGreaterThanOrEqual(2); // it keeps retrying

  // Leaving now would lose the edit: the page asks first.
  const leaving = await page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(leaving).toBe(true);

  // Back: the next retry saves it, with no action from the person.
  await page.unroute(SAVES);
  await expectAllSaved(page, 40_000);
  await expect(panel(page).getByRole("alert")).toHaveCount(0);
  const stored = (await serverAnnotations(page, article.id)).find((a) => a.id === claim.id);
  expect(stored).toMatchObject({ note, version: claim.version + 1 });
  expect((await paintedHighlights(page))["cd-unsaved"] ?? []).not.toContain(quote);
});

test("a claim created while offline is kept as a pending local annotation and created when the browser is back online", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signIn(page, "annotator@example.com");
  const quote = "Further monitoring and diplomatic engagement will likely shape responses";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [quote] });
  await dragSelect(page, quote, 2);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();

  await context.setOffline(true);
  await page.keyboard.press("c");
  await expect(page.getByTestId("save-summary")).toContainText("not saved");
  await expect(panel(page)).toHaveAttribute("data-annotation-id", /^local-/);
  await panel(page).getByLabel("Note", { exact: true }).fill("Written before the claim reached the server.");
  expect((await paintedHighlights(page))["cd-unsaved"]).toContain(quote);

  const created = page.waitForResponse(isCreate);
  await context.setOffline(false);
  const claim = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  await expectAllSaved(page);
  await expect(panel(page)).toHaveAttribute("data-annotation-id", claim.id);
  const stored = (await serverAnnotations(page, article.id)).filter((a) => a.exact === quote);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ id: claim.id, note: "Written before the claim reached the server." });
});
