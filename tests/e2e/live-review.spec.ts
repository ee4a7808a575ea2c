import { expect, test } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { queueItems } from "./support/review";

// Issue 4's acceptance: a review decision and a comment made by a reviewer
// appear live to the annotator, whose editor stays open (no reload).
test("a reviewer's decision and comment reach the annotator's open editor without a reload", async ({ page, browser }) => {
  test.setTimeout(90_000);
  // Rahul (reviewer) picks a pending piece of Tomás's work from the queue.
  await signIn(page, "reviewer@example.com");
  const target = (await queueItems(page)).find((item) => item.author.name === "Tomás Annotator");
  expect(target, "the demo has pending work by Tomás").toBeDefined();

  // Tomás has it open in the editor.
  const tomas = await (await browser.newContext()).newPage();
  await signIn(tomas, "annotator2@example.com");
  await tomas.goto(`/projects/demo/articles/${target!.article.id}?annotation=${target!.id}`);
  const panel = tomas.locator("[data-annotation-panel]");
  await expect(panel).toHaveAttribute("data-annotation-id", target!.id);
  await expect(tomas.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const summary = panel.getByTestId("review-summary");
  await expect(summary.locator("[data-review-state]")).toHaveAttribute("data-review-state", "PENDING");
  const thread = panel.getByTestId("comment-thread");
  await expect(thread.locator("[data-comment-id]")).toHaveCount(0);
  const navigations: string[] = [];
  tomas.on("framenavigated", (frame) => {
    if (frame === tomas.mainFrame()) navigations.push(frame.url());
  });

  // The decision, with the version Rahul saw.
  const current = (await (await page.request.get(`/api/projects/demo/articles/${target!.article.id}/annotations`)).json()) as { annotations: AnnotationDTO[] };
  const version = current.annotations.find((a) => a.id === target!.id)!.version;
  const decided = await page.request.post(`/api/projects/demo/annotations/${target!.id}/reviews`, {
    data: { decision: "REQUEST_CHANGES", version, comment: "Source the date, please." },
  });
  expect(decided.status()).toBe(201);
  await expect(summary.locator("[data-review-state]")).toHaveAttribute("data-review-state", "CHANGES_REQUESTED", { timeout: 1500 });
  await expect(panel.getByTestId("decision-list")).toContainText("Source the date, please.");

  // A comment in the thread.
  const commented = await page.request.post(`/api/projects/demo/annotations/${target!.id}/comments`, { data: { body: "The agency report says 2025." } });
  expect(commented.status()).toBe(201);
  await expect(thread.locator("[data-comment-id]")).toHaveCount(1, { timeout: 1500 });
  await expect(thread).toContainText("The agency report says 2025.");

  // The list row follows the review state too, and the page never reloaded.
  expect(navigations).toEqual([]);
  await tomas.context().close();
});
