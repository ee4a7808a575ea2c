import { expect, test, type Page } from "@playwright/test";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";
import { signIn } from "./support/sign-in";
import { dragSelect, expectAllSaved, paintedHighlights, serverAnnotations } from "./support/editor-page";

type ApiArticle = { id: string; title: string; text: string; revision: number };

// The fifth demo article, which no other editor spec corrects. The claim is
// made on words of its second paragraph; the correction rewrites that
// sentence so thoroughly that the claim cannot be placed again.
const MARKER = "Board of Peace";
const CLAIM = "invited Pakistani Prime Minister Shehbaz Sharif to join it";
const SENTENCE = "Three days later, US President Donald Trump, acting as chair of the body, invited Pakistani Prime Minister Shehbaz Sharif to join it.";
const REWRITTEN = "Islamabad received a formal request a few days afterwards, which officials have neither confirmed nor denied.";
const NEW_WORDS = "received a formal request a few days afterwards";

async function findArticle(page: Page): Promise<ApiArticle> {
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: ApiArticle[] };
  const found = articles.find((a) => a.title.includes(MARKER));
  if (!found) throw new Error(`no demo article titled like “${MARKER}”`);
  const { article } = (await (await page.request.get(`/api/projects/demo/articles/${found.id}`)).json()) as { article: ApiArticle };
  return article;
}

function selectorOf(text: string, quote: string) {
  const start = utf16ToCodePointOffset(text, text.indexOf(quote));
  const end = start + Array.from(quote).length;
  const { exact, prefix, suffix } = describeQuote(text, start, end);
  return { start, end, exact, prefix, suffix };
}

test("an owner corrects the text, a claim is orphaned, and the owner re-attaches it to the words chosen", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const article = await findArticle(page);
  expect(article.text).toContain(SENTENCE);
  const created = await page.request.post(`/api/projects/demo/articles/${article.id}/annotations`, {
    data: { kind: "CLAIM", revision: article.revision, ...selectorOf(article.text, CLAIM) },
  });
  expect(created.status()).toBe(201);
  const { annotation: claim } = (await created.json()) as { annotation: { id: string } };

  // The article page offers owners the correction.
  await page.goto(`/projects/demo/articles/${article.id}`);
  await page.getByRole("link", { name: "Correct text" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/revise$`));
  const box = page.getByLabel("Article text");
  await expect(async () => {
    await box.fill(article.text.replace(SENTENCE, REWRITTEN));
    await expect(page.getByTestId("preview-orphaned")).toContainText(CLAIM, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("button", { name: `Save as revision ${article.revision + 1}` }).click();

  // Back on the article: the notice counts what could not be placed and links to it.
  await expect(page).toHaveURL(new RegExp(`\\?revised=${article.revision + 1}&orphaned=\\d+`));
  const orphanedCount = Number(new URL(page.url()).searchParams.get("orphaned"));
  expect(orphanedCount).toBeGreaterThanOrEqual(1);
  const notice = page.locator('[data-testid="revision-notice"]');
  await expect(notice).toContainText(`Text corrected: this is revision ${article.revision + 1}.`);
  await expect(notice).toContainText(`${orphanedCount === 1 ? "1 annotation" : `${orphanedCount} annotations`} could not be placed`);
  await expect(page.getByTestId("article-text")).toContainText(REWRITTEN);
  await notice.getByRole("link", { name: "Re-attach orphaned annotations" }).click();
  const orphans = page.getByTestId("orphaned-annotations");
  await expect(orphans).toBeFocused();
  const item = orphans.locator("li", { hasText: CLAIM });
  await expect(item).toBeVisible();
  expect((await serverAnnotations(page, article.id)).find((a) => a.id === claim.id)).toMatchObject({ anchorState: "ORPHANED", exact: CLAIM });

  // Select the words where the claim belongs now, and re-attach it there.
  const reattach = item.getByRole("button", { name: "Re-attach to current selection" });
  await expect(reattach).toBeDisabled();
  await dragSelect(page, NEW_WORDS);
  await expect(reattach).toBeEnabled();
  await reattach.click();
  await expectAllSaved(page);
  await expect(orphans.locator("li", { hasText: CLAIM })).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("annotation-list-box")).toHaveAttribute("aria-busy", "false");
  const stored = (await serverAnnotations(page, article.id)).find((a) => a.id === claim.id);
  expect(stored).toMatchObject({ anchorState: "ANCHORED", revision: article.revision + 1, exact: NEW_WORDS });
  const { article: after } = (await (await page.request.get(`/api/projects/demo/articles/${article.id}`)).json()) as { article: ApiArticle };
  expect(sliceCodePoints(after.text, stored!.start, stored!.end)).toBe(NEW_WORDS);
  await expect(page.getByTestId("annotation-list").locator(`[data-annotation-id="${claim.id}"]`)).toContainText(NEW_WORDS);
  await expect(page.getByTestId("orphaned-annotations").locator("li", { hasText: CLAIM })).toHaveCount(0);
  await expect.poll(async () => Object.values(await paintedHighlights(page)).flat()).toContain(NEW_WORDS);
});

test("below the xl breakpoint the notice's link opens the list overlay on the orphaned section", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await signIn(page, "owner@example.com");
  const article = await findArticle(page);
  const words = "forge alliances with local militant groups";
  expect(article.text).toContain(words);
  const created = await page.request.post(`/api/projects/demo/articles/${article.id}/annotations`, {
    data: { kind: "CLAIM", revision: article.revision, ...selectorOf(article.text, words) },
  });
  expect(created.status()).toBe(201);
  const revised = await page.request.post(`/api/projects/demo/articles/${article.id}/revisions`, {
    data: { baseRevision: article.revision, text: article.text.replace(`and ${words}`, "and speak at rallies"), note: "narrow viewport" },
  });
  expect(revised.status()).toBe(201);

  await page.goto(`/projects/demo/articles/${article.id}?revised=${article.revision + 1}&orphaned=1`);
  const list = page.getByRole("complementary", { name: "Annotation list" });
  await expect(list).toBeHidden();
  await expect(async () => {
    await page.locator('[data-testid="revision-notice"]').getByRole("link", { name: "Re-attach orphaned annotations" }).click();
    await expect(list).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId("orphaned-annotations")).toBeFocused();
  await expect(page.getByTestId("orphaned-annotations")).toContainText(words);
});

test("members who are not owners see no 'Correct text' link, and a made-up notice address shows nothing", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  const article = await findArticle(page);
  await page.goto(`/projects/demo/articles/${article.id}?revised=999&orphaned=3`);
  await expect(page.getByTestId("article-text")).toBeVisible();
  await expect(page.getByRole("link", { name: "Correct text" })).toHaveCount(0);
  await expect(page.locator('[data-testid="revision-notice"]')).toHaveCount(0);
});
