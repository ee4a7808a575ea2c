import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

type Label = { id: string; kind: string; key: string };

async function createEntity(page: Page, name: string): Promise<string> {
  const { labels } = (await (await page.request.get("/api/projects/demo/labels")).json()) as { labels: Label[] };
  const person = labels.find((l) => l.kind === "ENTITY_TYPE" && l.key === "person");
  const response = await page.request.post("/api/projects/demo/entities", { data: { typeId: person!.id, name } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { entity: { id: string } }).entity.id;
}

const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: false }) });

test("a reviewer deletes an unused entity from the registry; one in use is explained, not deleted", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  const name = "Naji Zaheerr (typo)";
  const id = await createEntity(page, name);
  await page.goto("/projects/demo/entities");
  await expect(page.getByRole("heading", { level: 1, name: "Entities" })).toBeVisible();
  await expect(row(page, name)).toContainText("Nothing");

  // A demo entity that claims use: the dialog says so and offers no delete.
  const zaheer = page.getByRole("row").filter({ has: page.getByText("Naji Zaheer", { exact: true }) });
  await expect(zaheer).toContainText(/still|claim|mention/);
  await expect(async () => {
    await zaheer.getByRole("button", { name: "Delete Naji Zaheer" }).click();
    await expect(page.getByRole("dialog")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("dialog")).toContainText("It is still used by");
  await expect(page.getByRole("dialog").getByRole("button", { name: "Delete entity" })).toHaveCount(0);
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).first().click();

  await row(page, name).getByRole("button", { name: `Delete ${name}` }).click();
  await expect(page.getByRole("dialog")).toContainText("can no longer be linked");
  await page.getByRole("dialog").getByRole("button", { name: "Delete entity" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("cell", { name })).toHaveCount(0);
  const search = (await (await page.request.get(`/api/projects/demo/entities?q=${encodeURIComponent("Zaheerr")}`)).json()) as { entities: Array<{ id: string }> };
  expect(search.entities.map((e) => e.id)).not.toContain(id);
  await expect(page.getByText("Naji Zaheer", { exact: true })).toBeVisible();
});

test("annotators see the registry without delete buttons, and the API refuses them", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  const id = await createEntity(page, "Annotator's own entity");
  await page.goto("/projects/demo/entities");
  await expect(page.getByRole("cell", { name: "Annotator's own entity" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Delete / })).toHaveCount(0);
  const refused = await page.request.delete(`/api/projects/demo/entities/${id}?version=1`);
  expect(refused.status()).toBe(403);
});
