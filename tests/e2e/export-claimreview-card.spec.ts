import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

type Gaps = { reviews: number; incomplete: number; items: Array<{ claimReviewed: string; gaps: Array<{ property: string }> }> };

test("before a ClaimReview download the Export page lists the reviews missing recommended properties", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/export");
  await expect(page.getByTestId("export-estimate")).toContainText("About");
  await page.getByLabel("Format").selectOption("claimreview");
  const section = page.getByTestId("claimreview-gaps");
  await expect(section.getByRole("heading", { name: "Missing recommended properties" })).toBeVisible();
  // The page shows what the API computes for the same export.
  const gaps = (await (await page.request.get("/api/projects/demo/exports?format=claimreview&part=gaps")).json()) as Gaps;
  if (gaps.incomplete > 0) {
    await expect(section).toContainText(`${gaps.incomplete} of ${gaps.reviews} reviews miss recommended properties.`);
    const first = gaps.items[0]!;
    await expect(section.getByRole("listitem").filter({ hasText: first.claimReviewed }).first()).toContainText(first.gaps[0]!.property);
  } else {
    await expect(section).toContainText(gaps.reviews === 0 ? "No claim in this selection has a verdict" : "carry every recommended property");
  }
  await expect(page.getByRole("checkbox", { name: "Publish internal notes where a verdict has no public explanation" })).not.toBeChecked();
});

test("the owner chooses the dataset license, and the export's dataset card states it", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/settings");
  await page.getByLabel("License").selectOption("CC-BY-SA-4.0");
  await page.getByRole("button", { name: "Save license" }).click();
  await expect(page.getByText("Saved.").first()).toBeVisible();

  await page.goto("/projects/demo/export");
  await expect(page.getByTestId("export-estimate")).toContainText("About");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Dataset card (README.md)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("README.md");
  const card = readFileSync((await download.path())!, "utf8");
  expect(card.startsWith('---\nlicense: "cc-by-sa-4.0"\n')).toBe(true);
  expect(card).toContain("Creative Commons Attribution-ShareAlike 4.0** (SPDX `CC-BY-SA-4.0`)");
  // Other specs import articles into the demo project first: count what is there now.
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: unknown[] };
  expect(card).toContain(`| articles | ${articles.length} |`);
});
