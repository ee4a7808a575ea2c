import { expect, test } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import {
  clickInQuote,
  dragSelect,
  expectAllSaved,
  isCreate,
  openArticle,
  paintedHighlights,
  panel,
  serverAnnotations,
} from "./support/editor-page";

const ARTICLE = "Hamas-LeT Convergence";

test("an annotator marks a claim by mouse and one by keyboard, links entities (one new), sets status, note and evidence; all of it is there after a reload", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "annotator@example.com");
  const mouseQuote = "Security analysts say the meeting reflects not only greater visibility of Hamas figures within Pakistan";
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [mouseQuote, "surfaced video"] });
  const newEntity = `Unnamed security analyst ${Date.now()}`;

  // 1. By keyboard only: from the top of the page's content (where the
  //    app's skip link lands), the editor's own skip link leads into the
  //    text; put the caret after "recently", extend the selection two words
  //    to the right, press C.
  await page.locator("#main-content").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the article text" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".ProseMirror")).toBeFocused();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  const keyboardCreated = page.waitForResponse(isCreate);
  await page.keyboard.press("c");
  const keyboardClaim = ((await (await keyboardCreated).json()) as { annotation: AnnotationDTO }).annotation;
  expect(keyboardClaim.kind).toBe("CLAIM");
  expect(keyboardClaim.exact).toBe("surfaced video");
  await expectAllSaved(page);
  await page.keyboard.press("Escape");

  // 2. By mouse: a sloppy drag from inside "Security" to inside "Pakistan"
  //    snaps to whole words; the toolbar creates the claim.
  await dragSelect(page, mouseQuote, 3);
  const toolbar = page.getByRole("toolbar", { name: "Annotate the selected text" });
  await expect(toolbar).toBeVisible();
  const created = page.waitForResponse(isCreate);
  await toolbar.getByRole("button", { name: /^Claim/ }).click();
  const mouseClaim = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  expect(mouseClaim.exact).toBe(mouseQuote);
  await expect(panel(page)).toHaveAttribute("data-annotation-id", mouseClaim.id);

  // 3. Verification status.
  await panel(page).getByLabel("Verification status").click();
  await page.getByRole("option", { name: /Mostly true/ }).click();

  // 4. An existing entity from the registry, then a new one created in the panel.
  const picker = panel(page).getByRole("combobox", { name: "Link an entity" });
  await picker.fill("Zaheer");
  await page.getByRole("option", { name: /Naji Zaheer/ }).click();
  await expect(panel(page).getByRole("list", { name: "Linked entities" })).toContainText("Naji Zaheer");
  await picker.fill(newEntity);
  await page.getByRole("option", { name: new RegExp(`Create .*${newEntity}`) }).click();
  const form = panel(page).getByRole("form", { name: "New entity" });
  await form.getByLabel("Type").selectOption({ label: "Person" });
  await form.getByRole("button", { name: "Create and link" }).click();
  await expect(panel(page).getByRole("list", { name: "Linked entities" })).toContainText(newEntity);

  // 5. Evidence and a note.
  await panel(page).getByRole("button", { name: "Add evidence" }).click();
  await panel(page).getByLabel("URL").fill("https://example.org/analysts-report");
  await panel(page).getByLabel("Title (optional)").fill("Analysts' report");
  await panel(page).getByText("Refutes", { exact: true }).click();
  await panel(page).getByRole("button", { name: "Add evidence" }).click();
  await panel(page).getByLabel("Note", { exact: true }).fill("Which analysts? Ask the outlet for names.");
  await expectAllSaved(page);

  // 6. After a reload everything is still there: in the API…
  await page.reload();
  const stored = await serverAnnotations(page, article.id);
  const mine = stored.find((a) => a.id === mouseClaim.id)!;
  expect(mine.exact).toBe(mouseQuote);
  expect(mine.note).toBe("Which analysts? Ask the outlet for names.");
  expect(mine.entities).toHaveLength(2);
  expect(mine.evidence).toEqual([expect.objectContaining({ url: "https://example.org/analysts-report", title: "Analysts' report", stance: "REFUTES" })]);
  expect(stored.some((a) => a.id === keyboardClaim.id && a.exact === "surfaced video")).toBe(true);

  // …and on screen: painted, listed, and shown in the panel.
  await expect.poll(async () => (await paintedHighlights(page))["cd-claim-3"] ?? []).toContain(mouseQuote);
  await page.getByTestId("annotation-list").locator(`[data-annotation-id="${mouseClaim.id}"]`).click();
  await expect(panel(page)).toHaveAttribute("data-annotation-id", mouseClaim.id);
  await expect(panel(page).getByLabel("Verification status")).toContainText("Mostly true");
  await expect(panel(page).getByRole("list", { name: "Linked entities" })).toContainText("Naji Zaheer");
  await expect(panel(page).getByRole("list", { name: "Linked entities" })).toContainText(newEntity);
  await expect(panel(page).getByRole("list", { name: "Evidence" })).toContainText("Analysts' report");
  await expect(panel(page).getByLabel("Note", { exact: true })).toHaveValue("Which analysts? Ask the outlet for names.");
});

test("overlapping and nested spans all paint, and repeated clicks walk from the innermost outwards", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "annotator@example.com");
  const outer = "they point to a widening sphere of cooperation between militant entities";
  const inner = "militant entities";
  const overlapping = "cooperation between militant entities that could leverage Pakistan’s deep state structures";
  await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [outer, inner, overlapping] });

  const ids: Record<string, string> = {};
  for (const [quote, key] of [
    [outer, "c"],
    [inner, "2"],
    [overlapping, "c"],
  ] as const) {
    await dragSelect(page, quote, 1);
    await expect(page.getByTestId("selection-toolbar")).toBeVisible();
    const created = page.waitForResponse(isCreate);
    await page.keyboard.press(key);
    const annotation = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
    expect(annotation.exact).toBe(quote);
    ids[quote] = annotation.id;
  }
  await expectAllSaved(page);

  // Each span has its own range in the CSS highlights, overlaps and all.
  const painted = await paintedHighlights(page);
  const all = Object.entries(painted).filter(([name]) => !["cd-hover", "cd-selected"].includes(name)).flatMap(([, texts]) => texts);
  for (const quote of [outer, inner, overlapping]) expect(all).toContain(quote);
  expect(painted["cd-entity-1"]).toContain(inner); // Organization, underlined

  // Clicking inside the mention selects it; clicking again steps outwards
  // through the shorter claim, then the longer one, then back.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  // Clicks a few letters apart, so none is taken for a double-click (which
  // selects a word to annotate instead).
  const expected = [ids[inner], ids[outer], ids[overlapping], ids[inner]];
  for (const [i, id] of expected.entries()) {
    await clickInQuote(page, inner, 1 + i * 4);
    await expect(panel(page)).toHaveAttribute("data-annotation-id", id!);
  }
  expect((await paintedHighlights(page))["cd-selected"]).toEqual([inner]);
});
