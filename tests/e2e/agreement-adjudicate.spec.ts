import { expect, test, type Locator, type Page } from "@playwright/test";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { signIn } from "./support/sign-in";
import { openArticle, serverAnnotations } from "./support/editor-page";

// The demo seed has two annotators, Ana and Tomás, on one article; these
// figures follow from lib/seed/demo-annotations.ts: Ana marked 3 claims and 3
// mentions there, Tomás 1 claim overlapping one of Ana's (different
// boundaries and status) → claim F1 exact 0, overlap 2·1/(2·1+2) = 0.50.
const ARTICLE = "Hamas-LeT Convergence";

async function articleId(page: Page): Promise<string> {
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string; title: string }> };
  return list.articles.find((a) => a.title.includes(ARTICLE))!.id;
}

// Buttons work once the page has hydrated: retry the click until the group
// shows the expected state.
async function decide(card: Locator, button: RegExp, state: string) {
  await expect(async () => {
    await card.getByRole("button", { name: button }).first().click({ timeout: 2_000 });
    await expect(card).toHaveAttribute("data-state", state, { timeout: 3_000 });
  }).toPass();
}

test("a reviewer reads the project's agreement figures and the article's differences", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto("/projects/demo");
  await page.getByRole("navigation").getByRole("link", { name: "Agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agreement" })).toBeVisible();

  const pair = page.getByTestId("pair-row");
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText("Ana Annotator · Tomás Annotator");
  await expect(pair.getByRole("cell")).toHaveText(["Ana Annotator · Tomás Annotator", "0.00", "0.50", "0.00", "0.00", "0.00", "—"]);
  await expect(page.getByRole("img", { name: /^Span F1 per pair\. Ana Annotator · Tomás Annotator: Claims, exact 0\.00, Claims, overlap 0\.50/ })).toBeVisible();
  await expect(page.getByTestId("alpha-summary")).toContainText("Every value is the same");
  await expect(page.getByTestId("coder-counts")).toHaveText(/Ana Annotator: 3 claims, 3 mentions\s*Tomás Annotator: 1 claim, 0 mentions/);

  await page.getByTestId("article-agreement-rows").getByRole("link", { name: new RegExp(ARTICLE) }).click();
  await expect(page.getByRole("heading", { name: "Where they differ (6)" })).toBeVisible();
  const boundaries = page.getByTestId("agreement-unit").filter({ hasText: "Different boundaries" });
  await expect(boundaries).toHaveCount(1);
  await expect(boundaries).toContainText("Though undated, the footage reveals Zaheer");
  await expect(boundaries).toContainText("Different status or type");
  await expect(page.getByTestId("agreement-unit").filter({ hasText: "Not marked" })).toHaveCount(5);
});

test("a reviewer adjudicates the article into a gold layer: pick, merge, leave out, complete", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  const id = await articleId(page);
  const before = await serverAnnotations(page, id);
  const anaClaim = before.find((a) => a.author.name === "Ana Annotator" && a.exact.startsWith("the footage reveals Zaheer"))!;
  const tomasClaim = before.find((a) => a.author.name === "Tomás Annotator" && a.exact.startsWith("Though undated"))!;

  await page.goto(`/projects/demo/articles/${id}/adjudicate`);
  const progress = page.getByTestId("gold-progress");
  await expect(progress).toContainText("0 of 6 groups decided");
  const groups = page.getByTestId("gold-group");
  await expect(groups).toHaveCount(6);

  // Merge: Tomás's longer span with Ana's status and type.
  const disputed = groups.filter({ hasText: "Different boundaries" });
  await expect(async () => {
    await disputed.getByRole("button", { name: "Merge or write new…" }).click({ timeout: 2_000 });
    await expect(disputed.getByTestId("merge-form")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  const form = disputed.getByTestId("merge-form");
  await form.getByRole("group", { name: "Span" }).getByRole("radio", { name: /Tomás Annotator/ }).check();
  await form.getByRole("group", { name: /Status, type/ }).getByRole("radio", { name: /Ana Annotator/ }).check();
  await form.getByRole("button", { name: "Save to gold" }).click();
  await expect(disputed).toHaveAttribute("data-state", "gold");
  await expect(disputed.getByTestId("gold-annotation")).toContainText("Though undated, the footage reveals Zaheer");

  // Leave the Gujranwala mention out; take Ana's version of the rest.
  await decide(groups.filter({ hasText: "Gujranwala" }), /Leave out of gold/, "excluded");
  for (const quote of ["Naji Zaheer", "Rashid Ali Sandhu", "In February 2025", "Karachi Press Club"]) {
    await decide(groups.filter({ hasText: quote }).filter({ hasNotText: "Though undated" }), /Use Ana Annotator.s version/, "gold");
  }
  await expect(progress).toContainText("6 of 6 groups decided");
  await progress.getByRole("button", { name: "Mark gold layer complete" }).click();
  await expect(progress).toContainText("Gold layer complete");
  await expect(groups.first().getByRole("button")).toHaveCount(0);

  // The gold layer as the API sees it: five gold annotations by the reviewer.
  const gold = (await serverAnnotations(page, id)).filter((a: AnnotationDTO) => a.isGold);
  expect(gold).toHaveLength(5);
  expect(gold.map((a) => a.author.name)).toEqual(Array(5).fill("Rahul Reviewer"));
  const merged = gold.find((a) => a.kind === "CLAIM" && a.exact === tomasClaim.exact)!;
  expect(merged).toMatchObject({ start: tomasClaim.start, end: tomasClaim.end, statusId: anaClaim.statusId, claimTypeId: anaClaim.claimTypeId, reviewState: "ACCEPTED" });
  expect(merged.entities.map((e) => e.entityId).sort()).toEqual(anaClaim.entities.map((e) => e.entityId).sort());

  // The editor shows the gold layer on its own.
  await openArticle(page, ARTICLE);
  await page.getByTestId("layer-select").selectOption("gold");
  const listed = page.getByTestId("annotation-list").locator("[data-annotation-id]");
  await expect(listed).toHaveCount(5);
  expect((await listed.evaluateAll((items) => items.map((i) => i.getAttribute("data-annotation-id")))).sort()).toEqual(gold.map((a) => a.id).sort());

  // Reopen and undo, leaving the demo article as the other specs expect it.
  await page.goto(`/projects/demo/articles/${id}/adjudicate`);
  await expect(async () => {
    await progress.getByRole("button", { name: "Reopen gold layer" }).click({ timeout: 2_000 });
    await expect(progress.getByRole("button", { name: "Mark gold layer complete" })).toBeVisible({ timeout: 3_000 });
  }).toPass();
  for (let i = 0; i < 6; i++) {
    const decided = groups.filter({ has: page.getByRole("button", { name: "Undo decision" }) }).first();
    await decided.getByRole("button", { name: "Undo decision" }).click();
    await expect(progress).toContainText(`${5 - i} of 6 groups decided`);
  }
  expect((await serverAnnotations(page, id)).filter((a) => a.isGold)).toHaveLength(0);
});

test("an annotator sees the figures but cannot adjudicate", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const id = await articleId(page);
  await page.goto("/projects/demo/agreement");
  await expect(page.getByTestId("pair-row")).toHaveCount(1);
  await expect(page.getByTestId("article-agreement-rows").getByRole("link", { name: "Adjudicate" })).toHaveCount(0);
  await page.goto(`/projects/demo/articles/${id}/adjudicate`);
  await expect(page.getByRole("heading", { name: "Only reviewers and owners adjudicate" })).toBeVisible();
  await expect(page.getByTestId("gold-group")).toHaveCount(0);
});
