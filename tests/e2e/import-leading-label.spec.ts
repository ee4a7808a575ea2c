import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Scraped text that opens with a field label glued to the first sentence, as
// the demo corpus's article-003 does (issue 13, defect 8).
const SCRAPED =
  " date 2026-01-09 Lahore: A second video shows the river embankment being repaired by volunteers overnight, officials said.\n\n" +
  "Engineers from the district office inspected the repairs in the morning and said the work would hold until the flood season ends.";

test("a leading field label is shown in the preview and removed from the saved text only when the user ticks the box", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/import");
  const picker = page.getByLabel("Or choose files");
  const preview = page.getByRole("button", { name: "Preview" }).first();
  await expect(async () => {
    await picker.setInputFiles({ name: "lahore.txt", mimeType: "text/plain", buffer: Buffer.from(SCRAPED) });
    await expect(preview).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await preview.click();

  const card = page.getByTestId("article-preview");
  const label = card.getByTestId("leading-label");
  await expect(label).toContainText("date 2026-01-09 Lahore:");
  await expect(label).toContainText("place Lahore");
  const box = label.getByRole("checkbox", { name: "Remove the label from the text" });
  await expect(box).not.toBeChecked();
  const cleaned = card.getByTestId("cleaned-text");
  await expect(cleaned).toContainText("date 2026-01-09 Lahore: A second video");

  await box.check();
  await expect(cleaned).not.toContainText("date 2026-01-09");
  await expect(cleaned).toContainText("A second video shows the river embankment");

  await page.getByRole("button", { name: "Import 1 article" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("1 article imported");
  const href = await summary.getByRole("link").first().getAttribute("href");
  const response = await page.request.get(`/api/projects/demo/articles/${href?.split("/").pop()}`);
  const { article } = (await response.json()) as { article: { text: string; publishedAt: string | null } };
  expect(article.text.startsWith("A second video shows the river embankment")).toBe(true);
  expect(article.publishedAt?.slice(0, 10)).toBe("2026-01-09");
});
