import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { clearInbox, queueItems } from "./support/review";

test("a comment with an @mention autocompleted by keyboard reaches the mentioned annotator, who replies", async ({ page, browser }) => {
  const other = await browser.newContext();
  const tomas = await other.newPage();
  await signIn(tomas, "annotator2@example.com");
  await clearInbox(tomas);
  await signIn(page, "reviewer@example.com");
  const target = (await queueItems(page, "?reviewState=ANY")).find((item) => item.author.name === "Tomás Annotator");
  expect(target, "the demo has work by Tomás").toBeDefined();
  await page.goto(`/projects/demo/articles/${target!.article.id}?annotation=${target!.id}`);
  const panel = page.locator("[data-annotation-panel]");
  await expect(panel).toHaveAttribute("data-annotation-id", target!.id);

  const box = panel.getByRole("combobox", { name: "Add a comment" });
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await box.pressSequentially("Please check the date, @tom");
  const option = panel.getByRole("option", { name: /Tomás Annotator/ });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Enter");
  await expect(box).toHaveValue("Please check the date, @annotator2@example.com ");
  await box.pressSequentially("thanks");
  const posted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/comments"));
  await box.press("Control+Enter");
  expect((await posted).status()).toBe(201);
  const thread = panel.getByTestId("comment-thread");
  await expect(thread.locator("[data-comment-id]")).toHaveCount(1);
  await expect(thread.locator("[data-mention]")).toHaveText("@Tomás Annotator");
  await expect(box).toHaveValue("");

  // The mentioned annotator: a MENTION in the inbox, and the thread in the editor.
  await tomas.reload();
  await expect(tomas.getByTestId("inbox-unread")).toHaveText("1");
  await tomas.goto("/inbox");
  const mention = tomas.getByTestId("inbox-list").locator("li[data-kind=MENTION]");
  await expect(mention).toContainText("Rahul Reviewer mentioned you");
  await expect(mention).toContainText("Please check the date");
  await mention.getByRole("link", { name: "Open" }).click();
  const tomasPanel = tomas.locator("[data-annotation-panel]");
  await expect(tomasPanel).toHaveAttribute("data-annotation-id", target!.id);
  const tomasThread = tomasPanel.getByTestId("comment-thread");
  await expect(tomasThread).toContainText("Please check the date");
  await tomasThread.getByRole("button", { name: "Reply" }).click();
  const reply = tomasPanel.getByRole("combobox", { name: "Reply to Rahul Reviewer" });
  await reply.fill("Checked: it was 2025.");
  await tomasPanel.getByRole("button", { name: "Reply", exact: true }).last().click();
  await expect(tomasThread.locator("[data-comment-id]")).toHaveCount(2);
  await other.close();

  // The reviewer is told about the reply.
  await page.goto("/inbox");
  await expect(page.getByTestId("inbox-list").locator("li[data-kind=REPLY]")).toContainText("Tomás Annotator replied to you");
});

test("a viewer reads the discussion but has no comment box", async ({ page }) => {
  await signIn(page, "viewer@example.com");
  const [item] = await queueItems(page, "?reviewState=ANY");
  // Viewers have no annotations of their own; find any annotation through an article.
  const articles = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  const annotations = (await (await page.request.get(`/api/projects/demo/articles/${articles.articles[0]!.id}/annotations`)).json()) as {
    annotations: Array<{ id: string }>;
  };
  expect(item).toBeUndefined();
  const id = annotations.annotations[0]!.id;
  await page.goto(`/projects/demo/articles/${articles.articles[0]!.id}?annotation=${id}`);
  const panel = page.locator("[data-annotation-panel]");
  await expect(panel.getByTestId("comment-thread")).toBeVisible();
  await expect(panel.getByRole("combobox", { name: "Add a comment" })).toHaveCount(0);
  const refused = await page.request.post(`/api/projects/demo/annotations/${id}/comments`, { data: { body: "hi" } });
  expect(refused.status()).toBe(403);
});
