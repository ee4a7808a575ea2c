import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// A background export on the embedded database: the server's in-process
// worker writes the file (pg-boss sharing the app's one connection), the page
// follows the job's progress to the result and downloads the prepared file.
test("Prepare in the background shows the job's progress and result, and the prepared file downloads", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto("/projects/demo/export");
  await expect(page.getByTestId("export-estimate")).toContainText("About");
  const estimate = (await page.getByTestId("export-estimate").textContent()) ?? "";
  const articles = Number(/About (\d+) articles/.exec(estimate)?.[1]);

  await page.getByRole("button", { name: "Prepare in the background" }).click();
  const job = page.getByTestId("background-job");
  await expect(job).toBeVisible();
  await expect(job).toHaveAttribute("data-state", "COMPLETED", { timeout: 60_000 });
  await expect(page.getByTestId("background-job-status")).toContainText(/Done · .* written/);
  const ready = page.getByTestId("background-export-ready");
  await expect(ready).toContainText("claimdesk-demo-jsonl.jsonl");
  await page.screenshot({ path: "test-results/background-export.png", fullPage: true });

  const downloading = page.waitForEvent("download");
  await ready.getByRole("link").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("claimdesk-demo-jsonl.jsonl");
  const lines = readFileSync((await download.path())!, "utf8").trim().split("\n");
  // One JSONL record per article, as the streaming download gives.
  expect(lines).toHaveLength(articles);
  expect(articles).toBeGreaterThan(0);
});

// The import page's background path: the job saves the articles and the page
// follows it to the usual summary.
test("Import in the background shows the job's progress and then the import summary", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/import");
  const lines = Array.from({ length: 30 }, (_, i) =>
    JSON.stringify({ title: `Background report ${i}`, text: `District ${i} officials said on Monday that ${i + 2} bridges were closed after the floods.` }),
  );
  const picker = page.getByLabel("Or choose files");
  const preview = page.getByRole("button", { name: "Preview" }).first();
  await expect(async () => {
    await picker.setInputFiles({ name: "reports.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });
    await expect(preview).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await preview.click();
  await expect(page.getByTestId("article-preview")).toHaveCount(30);

  await page.getByRole("button", { name: "Import in the background" }).click();
  const job = page.getByTestId("background-job");
  await expect(job).toBeVisible();
  await expect(job).toHaveAttribute("data-state", "COMPLETED", { timeout: 60_000 });
  await expect(page.getByTestId("background-job-status")).toContainText("Done · 30 of 30 articles");
  await expect(page.getByTestId("import-summary")).toContainText("30 articles imported");
  await page.screenshot({ path: "test-results/background-import.png", fullPage: true });
});
