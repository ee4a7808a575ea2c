import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";
import { signIn } from "./support/sign-in";

type ApiArticle = { id: string; title: string; text: string; revision: number };
type ApiAnnotation = { id: string; revision: number; start: number; end: number; exact: string; anchorState: string };

// The first demo article: the word corrected is in its first paragraph, the
// claim placed beforehand in its second, so the correction moves the claim.
const WORD = "fresh concerns";
const CORRECTED = "renewed concerns";
const CLAIM = "Security analysts say the meeting reflects";

async function findArticle(page: Page): Promise<ApiArticle> {
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  for (const { id } of articles) {
    const { article } = (await (await page.request.get(`/api/projects/demo/articles/${id}`)).json()) as { article: ApiArticle };
    if (article.text.includes(CLAIM)) return article;
  }
  throw new Error(`no demo article contains "${CLAIM}"`);
}

// Code-point offsets and the quote selector, as the editor would send them.
function selectorOf(text: string, quote: string) {
  const start = utf16ToCodePointOffset(text, text.indexOf(quote));
  const end = start + Array.from(quote).length;
  const { exact, prefix, suffix } = describeQuote(text, start, end);
  return { start, end, exact, prefix, suffix };
}

// The form is server-rendered; typing before React has hydrated it would be lost.
async function waitForHydration(page: Page) {
  const monospace = page.getByLabel("Monospace");
  await expect(async () => {
    await monospace.check();
    await expect(page.getByLabel("Article text")).toHaveClass(/font-mono/, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await monospace.uncheck();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

test.describe.configure({ mode: "serial" });

test("an owner corrects a word: preview, save, new revision, the claim stays on its words", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const article = await findArticle(page);
  expect(article.text).toContain(WORD);
  const created = await page.request.post(`/api/projects/demo/articles/${article.id}/annotations`, {
    data: { kind: "CLAIM", revision: article.revision, ...selectorOf(article.text, CLAIM) },
  });
  expect(created.status()).toBe(201);
  const { annotation } = (await created.json()) as { annotation: ApiAnnotation };

  await page.goto(`/projects/demo/articles/${article.id}/revise`);
  await expect(page.getByRole("heading", { level: 1, name: "Correct article text" })).toBeVisible();
  await waitForHydration(page);
  const box = page.getByLabel("Article text");
  await expect(box).toHaveValue(article.text);
  await expect(page.getByTestId("preview-summary")).toHaveText(/No changes yet/);

  await box.fill(article.text.replace(WORD, CORRECTED));
  await expect(page.getByTestId("preview-changes")).toContainText("renewed");
  await expect(page.getByTestId("preview-summary")).toContainText("kept");
  await expect(page.getByTestId("preview-orphaned")).toHaveCount(0);
  await page.getByLabel("Note (optional)").fill("Corrected a word in the first paragraph");
  await page.getByRole("button", { name: `Save as revision ${article.revision + 1}` }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/demo/articles/${article.id}\\?revised=${article.revision + 1}`));
  await expect(page.locator('[data-testid="revision-notice"]')).toContainText("Every annotation was carried over to the new text.");
  await expect(page.getByTestId("article-text")).toContainText(CORRECTED);
  await expect(page.getByTestId("article-text")).not.toContainText(WORD);
  await expect(page.locator("dt", { hasText: /^Revision$/ }).locator("+ dd")).toHaveText(String(article.revision + 1));

  const { article: after } = (await (await page.request.get(`/api/projects/demo/articles/${article.id}`)).json()) as { article: ApiArticle };
  expect(after.revision).toBe(article.revision + 1);
  const { annotations } = (await (await page.request.get(`/api/projects/demo/articles/${article.id}/annotations`)).json()) as {
    annotations: ApiAnnotation[];
  };
  const moved = annotations.find((a) => a.id === annotation.id);
  const shift = Array.from(CORRECTED).length - Array.from(WORD).length;
  expect(moved).toMatchObject({ revision: after.revision, anchorState: "ANCHORED", exact: CLAIM, start: annotation.start + shift, end: annotation.end + shift });
  expect(sliceCodePoints(after.text, moved!.start, moved!.end)).toBe(CLAIM);
});

test("a correction saved by someone else meanwhile is refused, and the text typed is kept", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const article = await findArticle(page);
  await page.goto(`/projects/demo/articles/${article.id}/revise`);
  await waitForHydration(page);
  const mine = article.text.replace("raised", "prompted");
  await page.getByLabel("Article text").fill(mine);
  await expect(page.getByTestId("preview-summary")).toContainText("kept");

  const theirs = await page.request.post(`/api/projects/demo/articles/${article.id}/revisions`, {
    data: { baseRevision: article.revision, text: `${article.text}\n\nCorrection appended by a colleague.`, note: "colleague" },
  });
  expect(theirs.status()).toBe(201);
  await page.getByRole("button", { name: `Save as revision ${article.revision + 1}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone else corrected this article meanwhile" })).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(mine);
  await expect(page).toHaveURL(/\/revise$/);
});

test("members who are not owners are told why, and the API refuses them", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  const article = await findArticle(page);
  await page.goto(`/projects/demo/articles/${article.id}/revise`);
  await expect(page.getByRole("heading", { name: "Only owners can correct article text" })).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the article" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/demo/articles/${article.id}$`));

  const refused = await page.request.post(`/api/projects/demo/articles/${article.id}/revisions`, {
    data: { baseRevision: article.revision, text: `${article.text} (reviewer)`, note: "" },
  });
  expect(refused.status()).toBe(403);
  const history = (await (await page.request.get(`/api/projects/demo/articles/${article.id}/revisions`)).json()) as {
    revisions: Array<{ revision: number; current: boolean }>;
  };
  expect(history.revisions[0]).toMatchObject({ revision: article.revision, current: true });
});

for (const theme of ["light", "dark"] as const) {
  test(`the revise page with a preview has no serious or critical axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await signIn(page, "owner@example.com");
    const article = await findArticle(page);
    await page.goto(`/projects/demo/articles/${article.id}/revise`);
    await waitForHydration(page);
    await page.getByLabel("Article text").fill(article.text.replace("Security analysts", "Security experts").replace(/\n\n[^\n]*$/, ""));
    await expect(page.getByTestId("preview-changes")).toBeVisible();
    await expect(page.getByTestId("preview-summary")).toContainText("kept");
    await page.getByText(/^Kept on the same words/).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
