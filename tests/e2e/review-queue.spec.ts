import { expect, test, type Response } from "@playwright/test";
import type { ReviewsBody } from "@/lib/review/review-dto";
import { signIn } from "./support/sign-in";
import { clearInbox, queueItems, seriousViolations, waitForQueueKeys } from "./support/review";

const isDecision = (response: Response) => response.request().method() === "POST" && /\/annotations\/[^/]+\/reviews$/.test(new URL(response.url()).pathname);

test("a reviewer works the queue by keyboard; the annotator sees the decisions in the inbox and the editor", async ({ page, browser }) => {
  const annotator = await browser.newContext();
  const annotatorPage = await annotator.newPage();
  await signIn(annotatorPage, "annotator@example.com");
  await clearInbox(annotatorPage);
  await signIn(page, "reviewer@example.com");
  const ana = (await queueItems(page)).find((item) => item.author.name === "Ana Annotator");
  expect(ana, "the demo has pending work by Ana").toBeDefined();
  const pending = await queueItems(page, `?authorId=${ana!.author.id}`);
  expect(pending.length).toBeGreaterThanOrEqual(2);
  const [first, second] = pending as [(typeof pending)[0], (typeof pending)[0]];

  await page.goto(`/projects/demo/review?authorId=${ana!.author.id}`);
  const rows = page.getByTestId("review-queue").locator("[data-queue-item]");
  await expect(rows).toHaveCount(pending.length);
  await expect(page.getByTestId("queue-counts")).toContainText(`Pending review: ${pending.length}`);
  await waitForQueueKeys(page);

  // J/K move the cursor; A accepts the selected one and moves on.
  await expect(page.locator(`[data-queue-item="${first.id}"]`)).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("j");
  await expect(page.locator(`[data-queue-item="${second.id}"]`)).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("k");
  await expect(page.getByTestId("queue-detail")).toContainText(first.exact);
  const accepted = page.waitForResponse(isDecision);
  await page.keyboard.press("a");
  expect((await accepted).status()).toBe(201);
  await expect(page.locator(`[data-queue-item="${first.id}"]`)).toContainText("Accepted");
  await expect(page.locator(`[data-queue-item="${second.id}"]`)).toHaveAttribute("data-selected", "true");

  // C focuses the comment box, Escape leaves it, R rejects with the comment.
  await page.keyboard.press("c");
  await page.keyboard.type("Needs a source for the date");
  await page.keyboard.press("Escape");
  const rejected = page.waitForResponse(isDecision);
  await page.keyboard.press("r");
  expect((await rejected).status()).toBe(201);
  await expect(page.locator(`[data-queue-item="${second.id}"]`)).toContainText("Rejected");
  await expect(page.getByTestId("queue-counts")).toContainText(`Pending review: ${pending.length - 2}`);
  await expect(page.getByTestId("queue-counts")).toContainText("Accepted: 1");
  await expect(page.getByTestId("queue-counts")).toContainText("Rejected: 1");

  const reviewsOf = async (id: string) => (await (await page.request.get(`/api/projects/demo/annotations/${id}/reviews`)).json()) as ReviewsBody;
  expect((await reviewsOf(first.id)).reviews.map((r) => [r.decision, r.comment])).toEqual([["ACCEPT", ""]]);
  expect((await reviewsOf(second.id)).reviews.map((r) => [r.decision, r.comment])).toEqual([["REJECT", "Needs a source for the date"]]);

  // The cursor moved on past the rejected one; K twice is back at the first.
  // O opens the selected annotation in the editor, selected.
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await expect(page.locator(`[data-queue-item="${first.id}"]`)).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("o");
  await expect(page).toHaveURL(new RegExp(`\\?annotation=${first.id}`));
  await expect(page.locator("[data-annotation-panel]")).toHaveAttribute("data-annotation-id", first.id);

  // The annotator: unread count in the header, both decisions in the inbox.
  await annotatorPage.reload();
  await expect(annotatorPage.getByTestId("inbox-unread")).toHaveText("2");
  await annotatorPage.getByTestId("inbox-link").click();
  await expect(annotatorPage).toHaveURL(/\/inbox$/);
  await expect(annotatorPage.getByTestId("inbox-count")).toHaveText("2 unread");
  const items = annotatorPage.getByTestId("inbox-list").locator("li[data-unread]");
  await expect(items).toHaveCount(2);
  const rejectedLine = items.filter({ hasText: "Rahul Reviewer rejected your annotation" });
  await expect(rejectedLine).toContainText("Needs a source for the date");
  await expect(items.filter({ hasText: "Rahul Reviewer accepted your annotation" })).toHaveCount(1);

  // Opening one marks it read and shows the decision in the editor panel.
  await rejectedLine.getByRole("link", { name: "Open" }).click();
  await expect(annotatorPage).toHaveURL(new RegExp(`\\?annotation=${second.id}`));
  const discussion = annotatorPage.getByTestId("review-discussion");
  await expect(discussion.getByTestId("review-summary")).toContainText("Rejected");
  await expect(discussion.getByTestId("decision-list")).toContainText("Rahul Reviewer rejected");
  await expect(discussion.getByTestId("decision-list")).toContainText("Needs a source for the date");
  // An annotator gets no decide buttons.
  await expect(discussion.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await expect(annotatorPage.getByTestId("inbox-unread")).toHaveText("1");
  await annotator.close();
});

test("annotators see their own results, not the decide keys", async ({ page }) => {
  await signIn(page, "annotator2@example.com");
  await page.goto("/projects/demo/review?reviewState=ANY");
  await expect(page.getByRole("heading", { name: "Review" })).toBeVisible();
  const rows = page.getByTestId("review-queue").locator("[data-queue-item]");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain("Tomás Annotator");
  await expect(page.getByRole("button", { name: /^Accept/ })).toHaveCount(0);
});

for (const theme of ["light", "dark"] as const) {
  test(`review queue and inbox have no serious axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await signIn(page, "reviewer@example.com");
    for (const path of ["/projects/demo/review", "/inbox"]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
