import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a signed-in member of another project sees nothing of the demo project", async ({ page }) => {
  // The outsider is a colleague the owner adds to a different, new project.
  await signIn(page, "owner@example.com");
  await page.goto("/projects");
  // The dialog opens only once the page has hydrated; retry until it does.
  await expect(async () => {
    await page.getByRole("button", { name: "New project" }).click();
    await expect(page.getByRole("dialog")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const slug = `other-${Date.now()}`;
  await page.getByLabel("Name").fill(`Other ${slug}`);
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${slug}$`));
  await page.goto(`/projects/${slug}/settings`);
  const email = `outsider.${Date.now()}@example.com`;
  const addForm = page.locator("form", { has: page.getByRole("button", { name: "Add colleague" }) });
  await addForm.getByLabel("Name").fill("Outsider");
  await addForm.getByLabel("Email").fill(email);
  await addForm.getByLabel("First password").fill("outsider-password");
  await addForm.getByRole("button", { name: "Add colleague" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, email, "outsider-password");
  // Membership starts only when the colleague accepts (issue 10, defect 8).
  await page.goto("/inbox");
  await page.getByRole("button", { name: `Accept invitation to Other ${slug}` }).click();
  await expect(page.getByTestId("invitation-list").getByRole("status")).toContainText("Joined");
  const response = await page.goto("/projects/demo");
  expect(response?.status()).toBe(404);
  const api = await page.request.get("/api/projects/demo/articles");
  expect(api.status()).toBe(404);
  const mine = (await (await page.request.get("/api/projects")).json()) as { projects: Array<{ slug: string }> };
  expect(mine.projects.map((p) => p.slug)).toEqual([slug]);
});
