import { expect, test, type Page, type Response } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import { signIn } from "./support/sign-in";
import { clickInQuote, expectAllSaved, isCreate, openArticle, serverAnnotations } from "./support/editor-page";

// The MEMRI piece (article-004): a paragraph no demo annotation covers, with
// "Khaled Mashal" twice in the article, "Doha", "Ismail Haniyeh" and "Tehran"
// once each. Its sentences are suggested claims too: a click there only
// places the caret, so the arrow keys finish putting it on a mention.
const ARTICLE = "Board of Peace";
const ACCEPTED = ["Doha", "Khaled Mashal"];
const CLICKED = "Ismail Haniyeh";

const bar = (page: Page) => page.getByTestId("suggestion-bar");
const focused = (page: Page) => page.getByTestId("focused-suggestion");
const isDismissal = (r: Response) => r.request().method() === "POST" && r.url().endsWith("/suggestions/dismissals");

async function suggestionsNow(page: Page, articleId: string): Promise<SuggestionDTO[]> {
  const response = await page.request.get(`/api/projects/demo/articles/${articleId}/suggestions`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { suggestions: SuggestionDTO[] }).suggestions;
}

// The caret on a mention without clicking it (a click would accept it): a
// click on the character `at` (from 0) of `quote`, outside any mention, then `left`
// presses of ArrowLeft.
async function caretInto(page: Page, quote: string, at: number, left: number): Promise<void> {
  await clickInQuote(page, quote, at);
  for (let i = 0; i < left; i++) await page.keyboard.press("ArrowLeft");
}

test("suggested mentions: Enter accepts one, Shift+Enter accepts every one of that name, a click accepts one, Backspace dismisses and it stays dismissed after a reload", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "annotator@example.com");
  const article = await openArticle(page, ARTICLE, { author: "Ana Annotator", quotes: [...ACCEPTED, CLICKED] });
  // Computed on request after the page loads (a second or two for this 1,000-word piece).
  await expect(bar(page).getByTestId("suggestion-summary")).toContainText("suggested mentions", { timeout: 30_000 });

  // 1. Put the caret on "Doha" (from the full stop after it) and press Enter.
  await caretInto(page, "Doha.", 4, 2);
  await expect(focused(page)).toContainText("“Doha”");
  await expect(focused(page)).toContainText(/location mention/i);
  const created = page.waitForResponse(isCreate);
  await page.keyboard.press("Enter");
  const doha = ((await (await created).json()) as { annotation: AnnotationDTO }).annotation;
  expect([doha.kind, doha.exact]).toEqual(["ENTITY_MENTION", "Doha"]);
  expect(doha.entityTypeId).not.toBeNull();

  // 2. "Khaled Mashal" appears twice: accept both in one go.
  await caretInto(page, "Khaled Mashal in Doha", 14, 3);
  await expect(focused(page)).toContainText("“Khaled Mashal”");
  await expect(focused(page).getByRole("button", { name: /Accept all 2 in this article/ })).toBeVisible();
  const creates: AnnotationDTO[] = [];
  const onResponse = async (r: Response) => {
    if (isCreate(r)) creates.push(((await r.json()) as { annotation: AnnotationDTO }).annotation);
  };
  page.on("response", onResponse);
  await page.keyboard.press("Shift+Enter");
  await expect.poll(() => creates.length).toBe(2);
  page.off("response", onResponse);
  expect(creates.map((a) => a.exact)).toEqual(["Khaled Mashal", "Khaled Mashal"]);
  await expectAllSaved(page);

  // Accepted suggestions are ordinary annotations now, that began as suggestions.
  const mine = (await serverAnnotations(page, article.id)).filter((a) => a.author.name === "Ana Annotator" && ACCEPTED.includes(a.exact));
  expect(mine).toHaveLength(3);
  const jsonl = await (await page.request.get(`/api/projects/demo/exports?format=jsonl&articles=${article.id}`)).text();
  const spans = (JSON.parse(jsonl.trim().split("\n")[0]!) as { spans: Array<{ id: string; origin: string; suggestion_source: string | null }> }).spans;
  for (const a of mine) expect(spans.find((s) => s.id === a.id)).toMatchObject({ origin: "suggestion", suggestion_source: "compromise" });
  expect(spans.filter((s) => !mine.some((a) => a.id === s.id)).every((s) => s.origin === "human")).toBe(true);

  // 3. A plain click on "Ismail Haniyeh" accepts it; no key pressed.
  const clicked = page.waitForResponse(isCreate);
  await clickInQuote(page, CLICKED, 3);
  const haniyeh = ((await (await clicked).json()) as { annotation: AnnotationDTO }).annotation;
  expect([haniyeh.kind, haniyeh.exact]).toEqual(["ENTITY_MENTION", CLICKED]);
  await expectAllSaved(page);
  expect((await serverAnnotations(page, article.id)).filter((a) => a.author.name === "Ana Annotator" && a.exact === CLICKED)).toHaveLength(1);

  // 4. Dismiss "Tehran" with Backspace; after a reload it is still gone.
  expect((await suggestionsNow(page, article.id)).some((s) => s.exact === "Tehran")).toBe(true);
  await caretInto(page, "Tehran.", 6, 2);
  await expect(focused(page)).toContainText("“Tehran”");
  const dismissed = page.waitForResponse(isDismissal);
  await page.keyboard.press("Backspace");
  expect((await dismissed).status()).toBe(204);
  await expect(focused(page)).not.toContainText("“Tehran”");
  await page.reload();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  await expect(bar(page).getByTestId("suggestion-summary")).toContainText("suggested mentions", { timeout: 30_000 });
  await caretInto(page, "Tehran.", 6, 2);
  await expect(focused(page).or(bar(page).getByTestId("suggestion-summary"))).not.toContainText("“Tehran”");
  expect((await suggestionsNow(page, article.id)).some((s) => s.exact === "Tehran")).toBe(false);

  // Leave the demo data as other specs expect it.
  for (const a of await serverAnnotations(page, article.id)) {
    if (a.author.name === "Ana Annotator" && [...ACCEPTED, CLICKED].includes(a.exact)) {
      expect((await page.request.delete(`/api/projects/demo/annotations/${a.id}?version=${a.version}`)).ok()).toBe(true);
    }
  }
});
