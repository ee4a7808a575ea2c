import { expect, test, type Page } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";

// Owner assigns one article blind to both annotators; Tomás (annotator2)
// cannot see Ana's claims on it until he submits; the dashboard counts the
// article as submitted once both have. The demo data is shared with other
// specs, so blind mode is switched off again at the end.

type ApiArticle = { id: string; title: string };

// Re-runs against the same database would find the article already assigned
// and submitted, so the spec picks one that still has no assignments.
let article: ApiArticle;

async function annotationsAs(page: Page, articleId: string): Promise<AnnotationDTO[]> {
  const response = await page.request.get(`/api/projects/demo/articles/${articleId}/annotations`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { annotations: AnnotationDTO[] }).annotations;
}

test.describe.serial("assignments and blind annotation", () => {
  test.afterAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signIn(page, "owner@example.com");
    const reset = await page.request.patch("/api/projects/demo/assignments/settings", {
      data: { blindAnnotation: false, defaultAnnotatorsPerArticle: 1 },
    });
    expect(reset.ok()).toBe(true);
    await page.close();
  });

  test("the owner turns on blind annotation and assigns an article to both annotators", async ({ page }) => {
    await signIn(page, "owner@example.com");
    // An article with only Ana's annotations, not the one other specs rely on seeing in the open.
    const board = (await (await page.request.get("/api/projects/demo/assignments")).json()) as {
      articles: (ApiArticle & { assignees: unknown[] })[];
    };
    for (const candidate of board.articles) {
      if (candidate.assignees.length > 0 || candidate.title.includes("Hamas-LeT Convergence")) continue;
      const authors = new Set((await annotationsAs(page, candidate.id)).map((a) => a.author.name));
      if (authors.size === 1 && authors.has("Ana Annotator")) {
        article = candidate;
        break;
      }
    }
    expect(article, "a demo article annotated by Ana alone").toBeDefined();

    await page.goto("/projects/demo/settings");
    const workflow = page.locator("form").filter({ has: page.getByRole("button", { name: "Save workflow settings" }) });
    await expect(async () => {
      await workflow.getByLabel("Blind annotation").check();
      await expect(workflow.getByLabel("Blind annotation")).toBeChecked();
    }).toPass();
    await workflow.getByLabel("Annotators per article").fill("2");
    await workflow.getByRole("button", { name: "Save workflow settings" }).click();
    await expect(workflow.getByText("Saved.")).toBeVisible();

    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Assignments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assignments" })).toBeVisible();
    const row = page.locator(`[data-testid="board-row"][data-article-id="${article.id}"]`);
    await expect(async () => {
      await row.getByRole("checkbox").check();
      await expect(row.getByRole("checkbox")).toBeChecked();
    }).toPass();
    await page.getByRole("checkbox", { name: /Ana Annotator/ }).check();
    await page.getByRole("checkbox", { name: /Tomás Annotator/ }).check();
    await page.getByRole("button", { name: "Assign selected", exact: true }).click();
    await expect(page.getByText("2 new assignment(s).")).toBeVisible();
    await expect(row.getByTestId("assigned-count")).toHaveText("2");
    await expect(row.getByTestId("needed")).toContainText("2");
    await expect(row).toContainText("Tomás Annotator · Assigned");
  });

  test("annotator2 sees only his own annotations until he submits, then everyone's", async ({ page }) => {
    await signIn(page, "annotator2@example.com");
    await page.goto("/projects/demo");
    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "My queue" }).click();
    const row = page.getByTestId("queue-row").filter({ hasText: article.title });
    await expect(row).toContainText("Assigned");
    await row.getByRole("link", { name: /^Open/ }).click();

    await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
    await expect(page.getByTestId("annotation-count")).toHaveText("0");
    expect(await annotationsAs(page, article.id)).toEqual([]);

    const controls = page.getByTestId("editor-assignment");
    await expect(controls).toContainText("Your assignment: Assigned");
    await expect(async () => {
      await controls.getByRole("button", { name: /^Submit/ }).click();
      await expect(controls.getByRole("button", { name: "Confirm submit" })).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(controls).toContainText("Final: you will then see colleagues’ annotations.");
    await controls.getByRole("button", { name: "Confirm submit" }).click();

    await expect(page.getByTestId("editor-assignment")).toContainText("Your assignment: Submitted");
    const revealed = await annotationsAs(page, article.id);
    expect(revealed.length).toBeGreaterThan(0);
    expect(new Set(revealed.map((a) => a.author.name))).toEqual(new Set(["Ana Annotator"]));
    await expect(page.getByTestId("annotation-count")).toHaveText(String(revealed.length));
    // Blind submissions are final.
    await expect(page.getByTestId("editor-assignment").getByRole("button", { name: /Reopen/ })).toHaveCount(0);
  });

  test("once both have submitted, the list and the dashboard show the article as submitted", async ({ page }) => {
    await signIn(page, "annotator@example.com");
    await page.goto("/projects/demo/queue");
    const row = page.getByTestId("queue-row").filter({ hasText: article.title });
    await expect(async () => {
      await row.getByRole("button", { name: /^Submit/ }).click();
      await expect(row.getByRole("button", { name: "Confirm submit" })).toBeVisible({ timeout: 1000 });
    }).toPass();
    await row.getByRole("button", { name: "Confirm submit" }).click();
    await expect(row).toContainText("Submitted");
    await expect(row.locator("[data-article-status]")).toHaveText("Submitted");

    await page.goto("/projects/demo");
    await expect(page.getByTestId("article-row").filter({ hasText: article.title }).locator("[data-article-status]")).toHaveText("Submitted");

    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    const byState = page.locator('figure[data-chart="Articles by state"] table');
    await expect(byState.getByRole("row", { name: /^Submitted/ }).getByRole("cell")).toHaveText("1");
    const total = await byState.getByRole("cell").allTextContents();
    expect(total.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
    await expect(page.getByTestId("person-row").filter({ hasText: "Ana Annotator" })).toBeVisible();
  });
});
