import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { QueueItemDTO } from "@/lib/review/review-dto";

// Helpers for tests/e2e/review-*.spec.ts.

/** The demo project's review queue as the signed-in person's API sees it. */
export async function queueItems(page: Page, query = ""): Promise<QueueItemDTO[]> {
  const response = await page.request.get(`/api/projects/demo/reviews${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: QueueItemDTO[] }).items;
}

/** Waits until the page's keyboard handlers are live: `C` focuses the comment box. */
export async function waitForQueueKeys(page: Page): Promise<void> {
  const box = page.getByLabel(/Comment with the decision/);
  await expect(async () => {
    await page.locator("body").press("c");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(box).not.toBeFocused();
}

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/**
 * Marks all of the signed-in person's notifications read, so a test counts
 * only what it causes: other specs sharing the e2e database (assignments,
 * live updates) notify the same demo people.
 */
export async function clearInbox(page: Page): Promise<void> {
  const response = await page.request.post("/api/inbox/read", { data: { all: true } });
  expect(response.ok()).toBe(true);
  expect(((await response.json()) as { unread: number }).unread).toBe(0);
}
