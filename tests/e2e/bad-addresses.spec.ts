import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Issue 10, defect 6, through the real server: a NUL or broken Unicode in an
// address is a 404 page or a 4xx API answer, never a 500.

test("pages and API routes answer 4xx, not 500, for addresses with NUL", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const { articles } = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  const articleId = articles[0]!.id;

  for (const path of ["/projects/de%00mo", "/projects/demo/articles/a%00b", "/projects/demo/articles/a%00b/agreement", "/projects/demo/articles/a%00b/adjudicate", "/projects/demo/articles/a%00b/revise"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
  for (const path of ["/api/projects/de%00mo/articles", `/api/projects/demo/articles/${articleId}%00`, "/api/projects/demo/entities?q=a%00b", "/api/projects/demo/exports?format=jsonl&articles=a%00b"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
  const note = await page.request.patch(`/api/projects/demo/annotations/x%00y`, { data: { version: 1, note: "a" } });
  // 400 here; a CSRF gate in front may answer 403 first. Either way not a 500.
  expect([400, 403]).toContain(note.status());
});
