import { expect, test } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import {
  dragSelect,
  expectAllSaved,
  hoverInQuote,
  isCreate,
  openArticle,
  paintedHighlights,
  panel,
  quoteCharPoints,
  scrollToQuote,
} from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

test("J/K step through the list in text order, filters narrow it, and the layer hides a colleague's annotations", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await openArticle(page, ARTICLE);
  const items = page.getByTestId("annotation-list").locator("[data-annotation-id]");
  const ids = await items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-annotation-id")!));
  expect(ids.length).toBeGreaterThan(3);

  await page.locator("#main-content").focus();
  await page.keyboard.press("j");
  await expect(panel(page)).toHaveAttribute("data-annotation-id", ids[0]!);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(panel(page)).toHaveAttribute("data-annotation-id", ids[2]!);
  await expect(items.nth(2)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("k");
  await expect(panel(page)).toHaveAttribute("data-annotation-id", ids[1]!);
  await page.keyboard.press("Escape");
  await expect(panel(page)).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search quotes and notes" }).fill("karachi press");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("Karachi Press Club");
  await page.getByRole("searchbox", { name: "Search quotes and notes" }).fill("");
  await page.getByRole("combobox", { name: "Kind" }).selectOption("ENTITY_MENTION");
  // The list re-renders in the background (useDeferredValue): wait for it rather than read it once.
  await expect.poll(async () => (await items.allTextContents()).every((text) => text.startsWith("Mention"))).toBe(true);
  await page.getByRole("combobox", { name: "Kind" }).selectOption("ALL");

  // Tomás's claim (demo data) is drawn, fainter, for everyone; "Only mine" hides it.
  const tomas = "Though undated, the footage reveals Zaheer attending the PMML event as a chief guest, with Sandhu present under the guise of a senior PMML leader.";
  expect(Object.values(await paintedHighlights(page)).flat()).toContain(tomas);
  await page.getByTestId("layer-select").selectOption("mine");
  await expect.poll(async () => Object.values(await paintedHighlights(page)).flat()).not.toContain(tomas);
  await expect(page.getByTestId("annotation-list")).not.toContainText("Tomás Annotator");
  await page.getByTestId("layer-select").selectOption({ label: "Only Tomás Annotator’s" });
  await expect(page.getByTestId("annotation-list")).not.toContainText("Ana Annotator");
  await page.getByTestId("layer-select").selectOption("everyone");
  await expect.poll(async () => Object.values(await paintedHighlights(page)).flat()).toContain(tomas);
});

test("the command palette creates from the selection and goes to an annotation; hovering a highlight shows its card", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const quote = "the Mufti Mahmood Conference in Peshawar";
  await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [quote] });

  await dragSelect(page, quote, 1);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog");
  await palette.getByRole("combobox", { name: "Command" }).fill("event mention");
  const created = page.waitForResponse(isCreate);
  await page.keyboard.press("Enter");
  const mention = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  expect(mention).toMatchObject({ kind: "ENTITY_MENTION", exact: quote });
  await expect(palette).toHaveCount(0);
  await expectAllSaved(page);

  await page.keyboard.press("Control+k");
  await page.getByRole("dialog").getByRole("combobox", { name: "Command" }).fill("Karachi Press Club");
  await page.getByRole("option", { name: /In January 2024, Zaheer spoke at the Karachi Press Club/ }).click();
  await expect(panel(page)).toContainText("In January 2024, Zaheer spoke at the Karachi Press Club.");

  await hoverInQuote(page, "Naji Zaheer", 2);
  const card = page.getByTestId("annotation-hover-card");
  await expect(card).toContainText("Entity mention");
  await expect(card).toContainText("Person");
  await expect(card).toContainText("by Ana Annotator");
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0);
});

test("double-click selects a word, triple-click a sentence, and a selection across paragraphs becomes one claim over the blank line", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const across = "escalation in ties between the groups.\n\nThough undated";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [across] });
  const selected = () => page.evaluate(() => window.getSelection()!.toString());

  await scrollToQuote(page, "reconstruction and a transition phase");
  const word = await quoteCharPoints(page, "reconstruction", 3, 3);
  await page.mouse.dblclick(word.start.x, word.start.y);
  await expect.poll(selected).toBe("reconstruction");
  // Esc drops the selection (and the toolbar floating over the line above);
  // the triple-click goes elsewhere in the sentence, so it is not counted
  // with the double-click.
  await page.keyboard.press("Escape");
  const other = await quoteCharPoints(page, "international force", 4, 4);
  await page.mouse.click(other.start.x, other.start.y, { clickCount: 3 });
  await expect.poll(selected).toBe(
    "Under Trump’s 20-point Gaza plan, an international force is proposed to oversee reconstruction and a transition phase post-conflict — and Washington has reportedly signalled expectations that the Pakistan Army might contribute to that mission.",
  );
  await page.keyboard.press("Escape");

  // From inside "escalation" in one paragraph to inside "undated" in the next.
  await scrollToQuote(page, "visible escalation in ties");
  const from = await quoteCharPoints(page, "escalation in ties", 2, 2);
  const to = await quoteCharPoints(page, "Though undated", 10, 10);
  await page.mouse.move(from.start.x, from.start.y);
  await page.mouse.down();
  await page.mouse.move(to.start.x, to.start.y, { steps: 6 });
  await page.mouse.up();
  const created = page.waitForResponse(isCreate);
  await page.keyboard.press("c");
  const claim = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  expect(claim.exact).toBe(across);
  expect([...article.text].slice(claim.start, claim.end).join("")).toBe(across);
  await expectAllSaved(page);
  // Painted as one range that the browser reads without the separator.
  expect(Object.values(await paintedHighlights(page)).flat()).toContain(across.replace("\n\n", ""));
});
