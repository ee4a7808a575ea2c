import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./support/serious-axe-violations";
import { signIn } from "./support/sign-in";

// A saved news page: the article inside site chrome (navigation, cookie
// banner, footer), a script, a style and an inline event handler.
const HTML = `<!doctype html><html><head><title>River floods three villages | Daily Ledger</title>
<script>window.__importedScriptRan = true; document.title = "SCRIPT-RAN";</script>
<style>body { background: red }</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience. Accept all cookies</div>
<main><article><h1>River floods three villages</h1>
<p>Officials confirmed on Monday that the river had risen by two metres overnight, forcing the evacuation of three villages in the valley.</p>
<p onmouseover="window.__handlerRan = true">Rescue teams worked through the night to move families to higher ground, according to the district administration.</p>
<p>Forecasters expect the water to recede by Thursday, although more rain is possible at the weekend, the weather service said.</p>
</article></main>
<footer>© 2026 Daily Ledger. All rights reserved. Privacy policy · Terms of use</footer></body></html>`;

test("an owner imports an HTML page: the preview shows what was removed, and the saved article has no script or chrome", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();

  const picker = page.getByLabel("Or choose files");
  const preview = page.getByRole("button", { name: "Preview" }).first();
  // The picker is server-rendered; files chosen before hydration are not read.
  await expect(async () => {
    await picker.setInputFiles({ name: "floods.html", mimeType: "text/html", buffer: Buffer.from(HTML) });
    await expect(preview).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await preview.click();

  const card = page.getByTestId("article-preview");
  await expect(card).toHaveCount(1);
  await expect(card.getByLabel("Title")).toHaveValue("River floods three villages");
  const removed = card.getByTestId("removed-blocks");
  await expect(removed).toContainText("We use cookies");
  await expect(removed).toContainText("All rights reserved");
  const cleaned = card.getByTestId("cleaned-text");
  await expect(cleaned).toContainText("Rescue teams worked through the night");
  await expect(cleaned).not.toContainText("cookies");
  await expect(cleaned).not.toContainText("__importedScriptRan");
  // The source is shown as text: its script never ran and its markup is visible as characters.
  await expect(card.getByText("<script>window.__importedScriptRan", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __importedScriptRan?: boolean }).__importedScriptRan)).toBeUndefined();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Import 1 article" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("1 article imported");
  const link = summary.getByRole("link", { name: "River floods three villages" });
  const href = await link.getAttribute("href");
  const articleId = href?.split("/").pop();
  expect(articleId).toBeTruthy();

  const response = await page.request.get(`/api/projects/demo/articles/${articleId}`);
  const { article } = (await response.json()) as { article: { title: string; text: string } };
  expect(article.title).toBe("River floods three villages");
  expect(article.text).toContain("Officials confirmed on Monday");
  expect(article.text).toContain("Forecasters expect the water to recede by Thursday");
  for (const unwanted of ["script", "__importedScriptRan", "onmouseover", "background: red", "cookies", "All rights reserved", "Sport", "<"]) {
    expect(article.text).not.toContain(unwanted);
  }

  // Importing the same page again is reported as a duplicate, not saved twice.
  await picker.setInputFiles({ name: "floods-again.html", mimeType: "text/html", buffer: Buffer.from(HTML) });
  await preview.click();
  await expect(page.getByTestId("duplicate-badge")).toContainText("River floods three villages");
  await expect(page.getByRole("button", { name: "Import 0 articles" })).toBeDisabled();

  await page.goto(`/projects/demo/articles/${articleId}`);
  await expect(page.getByRole("heading", { name: "River floods three villages" }).first()).toBeVisible();
});

test("annotators are told they cannot import, and the API refuses them", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.goto("/projects/demo/import");
  await expect(page.getByText("Only owners and reviewers can import")).toBeVisible();
  const response = await page.request.post("/api/projects/demo/imports/articles/preview", { data: { files: [{ name: "a.txt", content: "Some text." }] } });
  expect(response.status()).toBe(403);
});
