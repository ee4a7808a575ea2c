import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

type Label = { id: string; kind: string; key: string };

async function createPerson(page: Page, name: string): Promise<{ id: string }> {
  const { labels } = (await (await page.request.get("/api/projects/demo/labels")).json()) as { labels: Label[] };
  const person = labels.find((l) => l.kind === "ENTITY_TYPE" && l.key === "person");
  const response = await page.request.post("/api/projects/demo/entities", { data: { typeId: person!.id, name } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { entity: { id: string } }).entity;
}

// A mention of `entityId` on the first word of the first demo article, in code points as the API counts.
async function markMention(page: Page, entityId: string): Promise<{ id: string; version: number }> {
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  const { article } = (await (await page.request.get(`/api/projects/demo/articles/${articles[0]!.id}`)).json()) as { article: { id: string; text: string; revision: number } };
  const chars = Array.from(article.text);
  const start = chars.findIndex((c) => /\p{L}/u.test(c));
  let end = start;
  while (end < chars.length && /\p{L}/u.test(chars[end]!)) end++;
  const response = await page.request.post(`/api/projects/demo/articles/${article.id}/annotations`, {
    data: { kind: "ENTITY_MENTION", revision: article.revision, start, end, exact: chars.slice(start, end).join(""), entityId },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { annotation: { id: string; version: number } }).annotation;
}

test("a reviewer opens an entity page from the registry, merges a duplicate into it and undoes the merge", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  const suffix = Date.now().toString(36);
  const targetName = `Zeta Target ${suffix}`;
  const duplicateName = `Zeta Duplicate ${suffix}`;
  await createPerson(page, targetName);
  const duplicate = await createPerson(page, duplicateName);
  const mention = await markMention(page, duplicate.id);

  await page.goto("/projects/demo/entities");
  await page.getByRole("link", { name: targetName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: targetName })).toBeVisible();
  await expect(page.getByText("No aliases")).toBeVisible();

  await page.getByRole("button", { name: "Merge another entity into this one" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Entity to merge").selectOption({ label: `${duplicateName} (1 entity mention)` });
  await dialog.getByRole("button", { name: `Merge “${duplicateName}”` }).click();
  await expect(dialog).toHaveCount(0);

  // The duplicate's name is now an alias, its mention is this entity's, and the merge is listed.
  await expect(page.getByRole("list", { name: "Aliases" })).toContainText(duplicateName);
  await expect(page.getByRole("table", { name: "Mentions" }).getByRole("row")).toHaveCount(2);
  const merges = page.getByRole("list", { name: "Merges" });
  await expect(merges).toContainText(`${duplicateName}1 entity mention moved`);

  await merges.getByRole("button", { name: `Undo the merge of ${duplicateName}` }).click();
  await expect(merges).toContainText("(undone, or changed since)");
  await expect(page.getByText("No aliases")).toBeVisible();
  await expect(page.getByText("No mention you can see.")).toBeVisible();

  // The mention is the duplicate's again, and the duplicate is back in the registry.
  const search = (await (await page.request.get(`/api/projects/demo/entities?q=${encodeURIComponent(duplicateName)}`)).json()) as { entities: Array<{ id: string }> };
  expect(search.entities.map((e) => e.id)).toEqual([duplicate.id]);
  await page.goto(`/projects/demo/entities/${duplicate.id}`);
  await expect(page.getByRole("table", { name: "Mentions" }).getByRole("row")).toHaveCount(2);

  // Leave the demo article as it was for the specs that count its annotations.
  const current = (await (await page.request.get(`/api/projects/demo/articles/${(await (await page.request.get("/api/projects/demo/articles")).json()).articles[0].id}/annotations`)).json()) as {
    annotations: Array<{ id: string; version: number }>;
  };
  const version = current.annotations.find((a) => a.id === mention.id)!.version;
  expect((await page.request.delete(`/api/projects/demo/annotations/${mention.id}?version=${version}`)).status()).toBe(200);
});

test("the entity page is live: a colleague's new mention, rename and deletion of that mention appear without a reload", async ({ page, browser }) => {
  // The colleague, in another browser, works through the API on an entity they added.
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, "annotator@example.com");
  const name = `Zeta Live ${Date.now().toString(36)}`;
  const entity = await createPerson(colleague, name);

  await signIn(page, "reviewer@example.com");
  await page.goto(`/projects/demo/entities/${entity.id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("No mention you can see.")).toBeVisible();

  const mention = await markMention(colleague, entity.id);
  await expect(page.getByRole("table", { name: "Mentions" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Mentions" })).toContainText("Ana Annotator");

  const renamed = await colleague.request.patch(`/api/projects/demo/entities/${entity.id}`, { data: { version: 1, name: `${name} renamed` } });
  expect(renamed.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: `${name} renamed` })).toBeVisible();

  expect((await colleague.request.delete(`/api/projects/demo/annotations/${mention.id}?version=${mention.version}`)).status()).toBe(200);
  await expect(page.getByText("No mention you can see.")).toBeVisible();
  await colleague.context().close();
});
