import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("the demo annotator signs in and sees the five demo articles", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.getByRole("link", { name: /Demo: Hamas–LeT meeting/ }).click();
  await expect(page).toHaveURL(/\/projects\/demo$/);
  // The import specs add articles to the shared demo project: at least the corpus's five are listed.
  const rows = page.getByTestId("article-row");
  await expect(rows.nth(4)).toBeVisible();
  await expect(page.getByRole("link", { name: /Hamas-LeT Convergence in Pakistan/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Firstpost" })).toBeVisible();
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("reviewer@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator('[data-slot="alert"]')).toHaveText("Email or password is incorrect.");
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated bad attempts are rate-limited, even with the right password afterwards", async ({ page }) => {
  // A dedicated account (created by the owner) so other tests' logins are not affected.
  const email = `ratelimit.${Date.now()}@example.com`;
  await signIn(page, "owner@example.com");
  await page.goto("/projects/demo/settings");
  const addForm = page.locator("form", { has: page.getByRole("button", { name: "Add colleague" }) });
  await addForm.getByLabel("Name").fill("Rate Limit");
  await addForm.getByLabel("Email").fill(email);
  await addForm.getByLabel("First password").fill("first-password-1");
  await addForm.getByRole("button", { name: "Add colleague" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await page.context().clearCookies();

  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator('[data-slot="alert"]')).toHaveText("Email or password is incorrect.");
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("first-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator('[data-slot="alert"]')).toContainText("Too many failed attempts");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "viewer@example.com");
  // The menu opens only once the page has hydrated; retry the click until it does.
  const signOut = page.getByRole("menuitem", { name: "Sign out" });
  await expect(async () => {
    await page.getByRole("button", { name: /account menu/i }).click();
    await expect(signOut).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await signOut.click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/projects/demo");
  await expect(page).toHaveURL(/\/sign-in/);
});
