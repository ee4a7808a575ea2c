import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

// Signs in through the real form, as a person would.
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/projects/);
}
