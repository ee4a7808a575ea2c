import { expect, test, type Page } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { clearInbox } from "./support/review";

type ArticleBody = { article: { id: string; text: string; revision: number } };

// Tomás's own claim on the demo's first article: fresh work of his that no
// other spec reviews or comments on (they share the e2e database).
async function freshClaim(page: Page): Promise<AnnotationDTO> {
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  const { article } = (await (await page.request.get(`/api/projects/demo/articles/${list.articles[0]!.id}`)).json()) as ArticleBody;
  const words = Array.from(article.text).slice(0, 40).join("");
  const exact = words.slice(0, words.lastIndexOf(" "));
  const response = await page.request.post(`/api/projects/demo/articles/${article.id}/annotations`, {
    data: { kind: "CLAIM", revision: article.revision, start: 0, end: Array.from(exact).length, exact },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { annotation: AnnotationDTO }).annotation;
}

// Issue 4's acceptance: a review decision and a comment made by a reviewer
// appear live to the annotator, whose editor stays open (no reload).
test("a reviewer's decision and comment reach the annotator's open editor without a reload", async ({ page, browser }) => {
  test.setTimeout(90_000);
  // Tomás tags a claim and has it open in the editor.
  const tomas = await (await browser.newContext()).newPage();
  await signIn(tomas, "annotator2@example.com");
  const target = await freshClaim(tomas);
  await tomas.goto(`/projects/demo/articles/${target.articleId}?annotation=${target.id}`);
  await signIn(page, "reviewer@example.com");
  const panel = tomas.locator("[data-annotation-panel]");
  await expect(panel).toHaveAttribute("data-annotation-id", target.id);
  await expect(tomas.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const summary = panel.getByTestId("review-summary");
  await expect(summary.locator("[data-review-state]")).toHaveAttribute("data-review-state", "PENDING");
  const thread = panel.getByTestId("comment-thread");
  await expect(thread.locator("[data-comment-id]")).toHaveCount(0);
  const navigations: string[] = [];
  tomas.on("framenavigated", (frame) => {
    if (frame === tomas.mainFrame()) navigations.push(frame.url());
  });

  // Rahul's decision, on the version he saw.
  const version = target.version;
  const decided = await page.request.post(`/api/projects/demo/annotations/${target.id}/reviews`, {
    data: { decision: "REQUEST_CHANGES", version, comment: "Source the date, please." },
  });
  expect(decided.status()).toBe(201);
  await expect(summary.locator("[data-review-state]")).toHaveAttribute("data-review-state", "CHANGES_REQUESTED", { timeout: 1500 });
  await expect(panel.getByTestId("decision-list")).toContainText("Source the date, please.");

  // A comment in the thread.
  const commented = await page.request.post(`/api/projects/demo/annotations/${target.id}/comments`, { data: { body: "The agency report says 2025." } });
  expect(commented.status()).toBe(201);
  await expect(thread.locator("[data-comment-id]")).toHaveCount(1, { timeout: 1500 });
  await expect(thread).toContainText("The agency report says 2025.");

  // The page never reloaded.
  expect(navigations).toEqual([]);

  // Leave the shared demo data as it was for the specs after this one.
  const removed = await tomas.request.delete(`/api/projects/demo/annotations/${target.id}?version=${target.version}`);
  expect(removed.ok()).toBe(true);
  await clearInbox(tomas);
  await tomas.context().close();
});
