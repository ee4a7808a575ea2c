import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test("sign-in has no serious or critical axe violations", async ({ page }) => {
      await page.goto("/sign-in");
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("main signed-in pages have no serious or critical axe violations", async ({ page }) => {
      await signIn(page, "owner@example.com");
      const articleHref = await (async () => {
        await page.goto("/projects/demo");
        return page.getByTestId("article-row").first().getByRole("link").getAttribute("href");
      })();
      for (const path of ["/projects", "/projects/demo", articleHref!, "/projects/demo/settings", "/projects/demo/entities", "/projects/demo/export"]) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        await expect(page.locator("html")).toHaveClass(new RegExp(theme));
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  });
}

test("keyboard users can skip to content and see where focus is", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.goto("/projects/demo");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: /skip to (main )?content/i });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(outline.outline !== "none" || outline.shadow !== "none").toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});
