import { expect, test, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./support/serious-axe-violations";
import { signIn } from "./support/sign-in";

// Issue 10, defect 4: an annotation import attributes work to the importer
// and brings nothing in reviewed, unless an owner ticks the options.

async function memberAuthor(page: Page): Promise<{ id: string; name: string }> {
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  for (const article of articles) {
    const { annotations } = (await (await page.request.get(`/api/projects/demo/articles/${article.id}/annotations`)).json()) as {
      annotations: Array<{ author: { id: string; name: string } }>;
    };
    const found = annotations.find((a) => a.author.name === "Ana Annotator");
    if (found) return found.author;
  }
  throw new Error("no annotation by Ana Annotator in the demo data");
}

function claimdeskLine(author: { id: string; name: string }, tag: string): string {
  const text = `Bridge repairs in Coimbra will finish in May, the mayor said (${tag}).`;
  const review = { state: "ACCEPTED", gold: true, reviews: 1, last_decision: "ACCEPT", last_decided_at: "2024-05-02T10:00:00.000Z" };
  const span = { id: `s-${tag}`, start: 0, end: 14, text: "Bridge repairs" };
  return `${JSON.stringify({
    id: `a-${tag}`, title: `Coimbra bridge ${tag}`, outlet: "", url: `https://example.org/coimbra/${tag}`, author: null, published_at: "2024-05-01", language: "en", revision: 1, text,
    spans: [{ ...span, kind: "claim", labels: [], entity_id: null, annotator: author, review }],
    claims: [{ ...span, claim_type: null, status: null, check_worthiness: null, confidence: null, text_changed_after_verdict: false, entities: [], evidence: [], cluster: null, annotator: author, review, created_at: "2024-05-01T09:00:00.000Z", updated_at: "2024-05-01T09:00:00.000Z" }],
    entities: [],
  })}\n`;
}

async function preview(page: Page, name: string, content: string): Promise<void> {
  await page.goto("/projects/demo/import");
  await page.getByRole("tab", { name: "Annotations" }).click();
  const picker = page.getByLabel("Annotation files");
  const button = page.getByRole("button", { name: "Preview" });
  await expect(async () => {
    await picker.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
    await expect(button).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await button.click();
  await page.getByLabel("Create articles this project lacks from the file's text").check();
}

test("an owner keeps a member's authorship and review state only by ticking the options; the preview says what will happen", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const author = await memberAuthor(page);
  const tag = `t${Date.now().toString(36)}`;
  await preview(page, "restore.jsonl", claimdeskLine(author, tag));

  const summary = page.getByTestId("annotation-import-attribution-summary");
  await expect(summary).toContainText("You will be the author of every imported annotation. 1 annotation names another author.");
  await expect(summary).toContainText("1 review state from the file will be reset to pending");
  const keepAuthors = page.getByLabel("Keep authors who are members of this project");
  const keepReviews = page.getByLabel("Keep review states and gold layer");
  await expect(keepAuthors).not.toBeChecked();
  await expect(keepReviews).not.toBeChecked();

  await keepAuthors.check();
  await expect(summary).toContainText("1 annotation keeps its author from the file");
  await keepReviews.check();
  await expect(summary).toContainText("1 annotation keeps its review state or gold mark from the file.");
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByTestId("annotation-import-attribution").screenshot({ path: "test-results/import-attribution-options.png" });

  await page.getByRole("button", { name: "Import 1 annotations" }).click();
  await expect(page.getByTestId("annotation-import-summary")).toContainText("Imported 1 annotations, created 1 articles");
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string; title: string }> };
  const created = articles.find((a) => a.title === `Coimbra bridge ${tag}`)!;
  const { annotations } = (await (await page.request.get(`/api/projects/demo/articles/${created.id}/annotations`)).json()) as {
    annotations: Array<{ author: { id: string }; reviewState: string; isGold: boolean }>;
  };
  expect(annotations.map((a) => [a.author.id, a.reviewState, a.isGold])).toEqual([[author.id, "ACCEPTED", true]]);
});

test("a reviewer cannot keep authors or review states: the import is theirs and pending", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  const author = await memberAuthor(page);
  const tag = `r${Date.now().toString(36)}`;
  await preview(page, "mine.jsonl", claimdeskLine(author, tag));
  await expect(page.getByTestId("annotation-import-attribution")).toContainText("Only owners can keep a file's authors or review states.");
  await expect(page.getByLabel("Keep authors who are members of this project")).toHaveCount(0);
  await page.getByRole("button", { name: "Import 1 annotations" }).click();
  await expect(page.getByTestId("annotation-import-summary")).toContainText("Imported 1 annotations");
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string; title: string }> };
  const created = articles.find((a) => a.title === `Coimbra bridge ${tag}`)!;
  const { annotations } = (await (await page.request.get(`/api/projects/demo/articles/${created.id}/annotations`)).json()) as {
    annotations: Array<{ author: { id: string }; reviewState: string; isGold: boolean }>;
  };
  expect(annotations.map((a) => [a.author.id === author.id, a.reviewState, a.isGold])).toEqual([[false, "PENDING", false]]);
});
