import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The assignment, queue and dashboard pages under axe, in both themes (the
// charts draw with theme colours, so dark mode is checked separately).
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test("owner's dashboard, assignments and settings have no serious axe violations", async ({ page }) => {
      await signIn(page, "owner@example.com");
      for (const path of ["/projects/demo/dashboard", "/projects/demo/assignments", "/projects/demo/queue"]) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        await expect(page.locator("html")).toHaveClass(new RegExp(theme));
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test("an annotator's queue has no serious axe violations and no Assignments link", async ({ page }) => {
      await signIn(page, "annotator@example.com");
      await page.goto("/projects/demo/queue");
      await expect(page.locator("main h1")).toHaveText("My queue");
      await expect(page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Assignments" })).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test("an annotator who opens the assignments page is told it is for owners, and the API refuses", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.goto("/projects/demo/assignments");
  await expect(page.getByText("Only project owners assign articles")).toBeVisible();
  const response = await page.request.get("/api/projects/demo/assignments");
  expect(response.status()).toBe(403);
});
