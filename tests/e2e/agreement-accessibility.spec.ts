import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The agreement and adjudication pages, in both themes, with the same axe
// rules as accessibility.spec.ts.
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

for (const theme of ["light", "dark"] as const) {
  test(`agreement and adjudication pages have no serious or critical axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await signIn(page, "reviewer@example.com");
    const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string; title: string }> };
    const id = list.articles.find((a) => a.title.includes("Hamas-LeT Convergence"))!.id;
    for (const path of ["/projects/demo/agreement", `/projects/demo/articles/${id}/agreement`, `/projects/demo/articles/${id}/adjudicate`]) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      // The folded agreements are part of the page too.
      for (const details of await page.locator("details").all()) await details.evaluate((el) => el.setAttribute("open", ""));
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
