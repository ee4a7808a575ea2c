import { expect, test, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./support/serious-axe-violations";
import { signIn } from "./support/sign-in";

const TEXT = "Storm Amelia reached Lisbon on Tuesday night, the national weather service said.";
// doccano JSONL with a label the demo project does not have ("GPE").
const DOCCANO = `${JSON.stringify({ text: TEXT, label: [[21, 27, "GPE"]] })}\n`;

test.use({ colorScheme: "dark" });

// Signs the owner in, opens the annotation import and previews one file.
async function previewAnnotationFile(page: Page, name: string, content: string): Promise<void> {
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/import");
  await page.getByRole("tab", { name: "Annotations" }).click();
  const picker = page.getByLabel("Annotation files");
  const preview = page.getByRole("button", { name: "Preview" });
  // Until hydration the picker is inert: choose again until Preview enables.
  await expect(async () => {
    await picker.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
    await expect(preview).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await preview.click();
}

test("an owner imports doccano spans: the article is created and the unknown label mapped", async ({ page }) => {
  await previewAnnotationFile(page, "storm.jsonl", DOCCANO);

  // The demo project has articles, so a file's unknown text is an error until creating is allowed.
  await expect(page.getByLabel("Format of storm.jsonl")).toHaveValue("doccano");
  await expect(page.getByTestId("import-errors")).toContainText("no article in this project has this text");
  await page.getByLabel("Create articles this project lacks from the file's text").check();
  await expect(page.getByTestId("annotation-import-items")).toContainText("new article");
  const mapping = page.getByLabel("Map label GPE");
  await expect(mapping).toBeVisible();
  await expect(page.getByRole("button", { name: "Import 0 annotations" })).toBeDisabled();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await mapping.selectOption({ label: "Location" });
  await page.getByRole("button", { name: "Check the mapping" }).click();
  await expect(page.getByTestId("annotation-import-items")).toContainText("0 claims, 1 entity mentions");
  await page.getByRole("button", { name: "Import 1 annotations" }).click();
  await expect(page.getByTestId("annotation-import-summary")).toContainText("Imported 1 annotations, created 1 articles");

  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string; title: string }> };
  const created = articles.find((a) => a.title.startsWith("Storm Amelia"));
  expect(created).toBeDefined();
  const { annotations } = (await (await page.request.get(`/api/projects/demo/articles/${created!.id}/annotations`)).json()) as {
    annotations: Array<{ kind: string; exact: string; start: number; end: number }>;
  };
  expect(annotations.map((a) => [a.kind, a.exact, a.start, a.end])).toEqual([["ENTITY_MENTION", "Lisbon", 21, 27]]);
});

test("a Claimdesk JSONL restores with its own ids: the preview says so and the saved rows carry them", async ({ page }) => {
  // Claimdesk-shaped ids no row holds yet, as in an export from another server.
  const id = () => `c${Array.from({ length: 24 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("")}`;
  const [articleId, spanId] = [id(), id()];
  const text = `Flood barriers held in Porto overnight, city officials said (${articleId}).`;
  const review = { state: "PENDING", gold: false, reviews: 0, last_decision: null, last_decided_at: null };
  const record = {
    id: articleId, title: "Porto flood barriers", outlet: "", url: null, author: null, published_at: null, language: "en", revision: 1, text,
    spans: [{ id: spanId, start: 23, end: 28, text: "Porto", kind: "entity_mention", labels: ["location"], entity_id: null, annotator: { id: "elsewhere", name: "Someone" }, review }],
    claims: [], entities: [],
  };
  await previewAnnotationFile(page, "restore.jsonl", `${JSON.stringify(record)}\n`);
  await expect(page.getByLabel("Format of restore.jsonl")).toHaveValue("claimdesk-jsonl");
  await page.getByLabel("Create articles this project lacks from the file's text").check();
  await expect(page.getByTestId("annotation-import-ids")).toHaveText("The annotation keeps its id from the file.");
  await page.getByRole("button", { name: "Import 1 annotations" }).click();
  await expect(page.getByTestId("annotation-import-summary")).toContainText("Imported 1 annotations, created 1 articles");

  // The article and the annotation are reachable at the ids the file gave them.
  const response = await page.request.get(`/api/projects/demo/articles/${articleId}/annotations`);
  expect(response.status()).toBe(200);
  const { annotations } = (await response.json()) as { annotations: Array<{ id: string; exact: string }> };
  expect(annotations.map((a) => [a.id, a.exact])).toEqual([[spanId, "Porto"]]);
});
