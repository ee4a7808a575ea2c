import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { seriousAxeViolations } from "./support/serious-axe-violations";

// Clusters across articles (issue 11): the coverage matrix, the cluster page
// and linking claims from the editor. The demo seed clusters three facts
// (one with a contradiction: "days before" against "weeks prior").

const shots = "test-results/clusters";

async function focusedCell(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const cell = el?.closest("[data-pos]") as HTMLElement | null;
    return {
      pos: cell?.dataset.pos ?? null,
      articleId: cell?.dataset.articleId ?? null,
      annotationId: cell?.dataset.annotationId ?? null,
      factId: (cell?.closest("tr") as HTMLElement | null)?.dataset.factId ?? null,
      label: cell?.getAttribute("aria-label") ?? el?.textContent ?? "",
    };
  });
}

test.describe("coverage matrix", () => {
  test("shows facts by outlet, filters, and is walked by keyboard to open a member in its article", async ({ page }) => {
    await signIn(page, "reviewer@example.com");
    await page.goto("/projects/demo");
    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Clusters" }).click();
    await expect(page).toHaveURL(/\/projects\/demo\/coverage$/);
    const grid = page.getByRole("grid", { name: "Coverage: facts by outlet" });
    await expect(grid).toBeVisible();
    await expect(grid.getByRole("rowheader", { name: /Zaheer visited PoK/ })).toBeVisible();
    await expect(grid.locator("tr", { has: page.getByRole("link", { name: /Zaheer visited PoK/ }) }).getByText("Conflict")).toBeVisible();
    await page.screenshot({ path: `${shots}/coverage-matrix.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Conflicts only: the PoK visit (one outlet says "weeks prior") stays, the press-club fact goes.
    await page.getByLabel("Conflicts only").check();
    await expect(grid.getByRole("rowheader", { name: /Zaheer visited PoK/ })).toBeVisible();
    await expect(grid.getByRole("rowheader", { name: /Karachi Press Club/ })).toHaveCount(0);
    await page.getByLabel("Conflicts only").uncheck();
    await page.getByLabel("Words").fill("press club");
    await expect(grid.getByRole("rowheader")).toHaveCount(1);
    await page.getByLabel("Words").fill("");

    // One tab stop: the first row header; arrows move between cells.
    await grid.getByRole("rowheader").first().getByRole("link").focus();
    expect((await focusedCell(page)).pos).toBe("0:0");
    await page.keyboard.press("ArrowRight");
    expect((await focusedCell(page)).pos).toBe("0:1");
    await page.keyboard.press("ArrowDown");
    const below = await focusedCell(page);
    expect(below.pos).toBe("1:1");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    expect((await focusedCell(page)).pos).toMatch(/^0:[2-9]$/);
    await page.keyboard.press("Home");
    expect((await focusedCell(page)).pos).toBe("0:0");

    // Walk right along the first row to a cell with a member and open it.
    let cell = await focusedCell(page);
    for (let i = 0; i < 8 && !cell.annotationId; i++) {
      await page.keyboard.press("ArrowRight");
      cell = await focusedCell(page);
    }
    expect(cell.annotationId).toBeTruthy();
    expect(cell.label).toMatch(/states it|corroborates|attributes|contradicts/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/projects/demo/articles/${cell.articleId}\\?annotation=${cell.annotationId}$`));
    await expect(page.locator(`[data-annotation-panel][data-annotation-id="${cell.annotationId}"]`)).toBeVisible();
    // The claim panel shows the claim's cluster.
    await expect(page.getByTestId("claim-cluster")).toHaveAttribute("aria-busy", "false");
    await expect(page.getByTestId("claim-cluster").getByRole("link").first()).toBeVisible();
  });
});

test.describe("cluster page", () => {
  test("compares the outlets' wording and flags the demo contradiction", async ({ page }) => {
    await signIn(page, "reviewer@example.com");
    await page.goto("/projects/demo/clusters");
    await page.getByRole("link", { name: /Zaheer visited PoK/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Zaheer visited PoK");
    const members = page.getByTestId("cluster-members").locator("article");
    await expect(members).toHaveCount(3);
    await expect(members.filter({ hasText: "weeks prior" })).toHaveAttribute("data-stance", "CONTRADICTS");
    // Words that differ between outlets are tinted in each member.
    await expect(members.filter({ hasText: "weeks prior" }).locator("[data-differs], [data-conflict]").filter({ hasText: "weeks" }).first()).toBeVisible();
    await page.screenshot({ path: `${shots}/cluster-page.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
