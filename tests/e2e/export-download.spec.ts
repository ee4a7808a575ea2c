import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const EXPORT_PAGE = "/projects/demo/export";

type Span = { start: number; end: number; text: string; kind: string };

async function openExportPage(page: Page) {
  await page.goto(EXPORT_PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Export" })).toBeVisible();
  // Hydrated once the estimate has been fetched by the client.
  await expect(page.getByTestId("export-estimate")).toContainText("About");
}

test("a user exports claims as JSONL from the Export page; the file, its offsets and the manifest agree", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await openExportPage(page);
  await expect(page.getByRole("link", { name: "Export" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("checkbox", { name: "Claims" }).check();
  await expect(page.getByTestId("export-estimate")).toContainText("0 mentions");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("claimdesk-demo-jsonl.jsonl");
  const bytes = readFileSync((await download.path())!);
  const records = bytes.toString("utf8").trim().split("\n").map((l) => JSON.parse(l) as { text: string; spans: Span[] });
  expect(records.length).toBeGreaterThan(0);
  const spans = records.flatMap((r) => r.spans.map((s) => ({ ...s, articleText: r.text })));
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) {
    expect(s.kind).toBe("claim");
    // Code points, as Python's text[start:end].
    expect([...s.articleText].slice(s.start, s.end).join("")).toBe(s.text);
  }

  const result = page.getByTestId("export-result");
  await expect(result).toContainText("Its SHA-256 matches the manifest.");
  await expect(page.getByTestId("manifest-sha256")).toHaveText(createHash("sha256").update(bytes).digest("hex"));
  await expect(page.getByTestId("manifest-articles")).toHaveText(String(records.length));
  await expect(page.getByTestId("manifest-annotations")).toContainText(`${spans.length} (${spans.length} claims, 0 mentions)`);
});

test("Cancel stops a running export and nothing is saved", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await openExportPage(page);
  // Hold the payload response so the export is still running when Cancel is pressed.
  let release: () => void = () => undefined;
  await page.route(/\/exports\?format=[^&]+(&(?!part=)[^&]*)*$/, async (route) => {
    await new Promise<void>((resolve) => (release = resolve));
    await route.continue().catch(() => undefined);
  });
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByTestId("export-progress")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Export cancelled; nothing was saved.")).toBeVisible();
  await expect(page.getByTestId("export-progress")).toHaveCount(0);
  release();
  await expect(page.getByRole("button", { name: "Export" })).toBeEnabled();
  expect(downloaded).toBe(false);
});

test("an API token made on the Export page exports over the API until it is revoked", async ({ page, request }) => {
  await signIn(page, "annotator@example.com");
  await openExportPage(page);
  await page.getByLabel("Token name").fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token").inputValue();
  expect(secret).toMatch(/^cd_/);
  const url = "/api/projects/demo/exports?format=csv&kinds=claim";
  const ok = await request.get(url, { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.text()).split("\r\n")[0]).toContain("article_id,article_title");
  const row = page.getByRole("row", { name: /e2e script/ });
  await expect(row).toContainText(secret.slice(0, 10));
  await row.getByRole("button", { name: "Revoke e2e script" }).click();
  await expect(row).toContainText("Revoked");
  expect((await request.get(url, { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
});
