import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { openArticle, panel } from "./support/editor-page";

const PHRASE = "Karachi Press Club";

// Whether the first occurrence of `quote` in the article text is inside the viewport.
async function quoteInView(page: Page, quote: string): Promise<boolean> {
  return page.evaluate((quote) => {
    const root = document.querySelector(".ProseMirror");
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      const rect = range.getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    }
    return false;
  }, quote);
}

test("/ opens project search: a phrase from the demo corpus, arrow keys and Enter land on the claim's span", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto("/projects/demo");
  await page.locator("#main-content").focus();
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog", { name: "Search the project" });
  const box = dialog.getByRole("combobox", { name: "Search the project" });
  await expect(box).toBeFocused();
  await page.keyboard.type(`"${PHRASE}"`);

  const results = dialog.getByRole("listbox", { name: "Results" });
  const options = results.getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(results).toHaveAttribute("aria-busy", "false");
  const kinds = await options.evaluateAll((els) => els.map((e) => e.getAttribute("data-search-kind")));
  const target = kinds.indexOf("claim");
  expect(target, `kinds found: ${kinds.join(", ")}`).toBeGreaterThanOrEqual(0);
  // The phrase's words are marked, as text (never HTML from the server).
  await expect(options.nth(target).locator("mark").first()).toHaveText(/karachi/i);
  const claimId = await options.nth(target).getAttribute("data-search-id");

  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1 % kinds.length)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
  await expect(options.nth(target)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/projects/demo/articles/[^?]+\\?annotation=${claimId}$`));
  await expect(panel(page)).toHaveAttribute("data-annotation-id", claimId!);
  await expect(panel(page)).toContainText(PHRASE);
  await expect.poll(() => quoteInView(page, PHRASE)).toBe(true);
});

test("in the editor, / in the text and the command palette's entry both open project search", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await openArticle(page, "Hamas-LeT Convergence");
  await page.locator(".ProseMirror").click();
  await page.keyboard.press("/");
  const box = page.getByRole("dialog", { name: "Search the project" }).getByRole("combobox", { name: "Search the project" });
  await expect(box).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(box).toHaveCount(0);

  await page.keyboard.press("Control+k");
  await page.getByRole("dialog").getByRole("combobox", { name: "Command" }).fill("search the project");
  await page.keyboard.press("Enter");
  await expect(box).toBeFocused();
  await page.keyboard.type("Zaheer");
  await expect(page.getByRole("dialog", { name: "Search the project" }).getByRole("listbox", { name: "Results" }).getByRole("option").first()).toBeVisible();
});

test("an article result opens at its first matching word (?at= in code points) and scrolls it into view", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto("/projects/demo");
  await page.locator("#main-content").focus();
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog", { name: "Search the project" });
  await dialog.getByRole("combobox", { name: "Kind" }).selectOption("article");
  await dialog.getByRole("combobox", { name: "Search the project" }).fill("Peshawar");
  const results = dialog.getByRole("listbox", { name: "Results" });
  await expect(results.getByRole("option").first()).toHaveAttribute("data-search-kind", "article");
  await expect(results).toHaveAttribute("aria-busy", "false");
  await dialog.getByRole("combobox", { name: "Search the project" }).press("Enter");

  await expect(page).toHaveURL(/\/projects\/demo\/articles\/[^?]+\?at=\d+-\d+$/);
  const url = new URL(page.url());
  const [start, end] = url.searchParams.get("at")!.split("-").map(Number) as [number, number];
  const articleId = url.pathname.split("/").pop()!;
  const { article } = (await (await page.request.get(`/api/projects/demo/articles/${articleId}`)).json()) as { article: { text: string } };
  expect([...article.text].slice(start, end).join("")).toBe("Peshawar");
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expect.poll(() => quoteInView(page, "Peshawar")).toBe(true);
});
