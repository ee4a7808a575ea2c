import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Another port of localhost: same-site for the browser (so the SameSite=Lax
// session cookie goes along), but another origin. Playwright answers for it;
// nothing listens there.
const EVIL = "http://localhost:3999";

type ApiArticle = { id: string; title: string; text: string; revision: number };

async function firstArticle(page: Page): Promise<ApiArticle> {
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: ApiArticle[] };
  const { article } = (await (await page.request.get(`/api/projects/demo/articles/${list.articles[0]!.id}`)).json()) as { article: ApiArticle };
  return article;
}

async function annotationCount(page: Page, articleId: string): Promise<number> {
  const response = await page.request.get(`/api/projects/demo/articles/${articleId}/annotations`);
  return ((await response.json()) as { annotations: unknown[] }).annotations.length;
}

async function articleCount(page: Page): Promise<number> {
  return ((await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: unknown[] }).articles.length;
}

// Serves an attacker's page at EVIL whose script runs `attack` against the app.
async function openEvilPage(page: Page, script: string): Promise<void> {
  await page.route(`${EVIL}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><title>evil</title><script>${script}</script>` }),
  );
  await page.goto(`${EVIL}/attack`);
}

test("a page on another localhost port cannot create an annotation or commit an import with the owner's cookie", async ({ page, baseURL }) => {
  await signIn(page, "owner@example.com");
  const article = await firstArticle(page);
  const beforeAnnotations = await annotationCount(page, article.id);
  const beforeArticles = await articleCount(page);
  const word = article.text.split(/\s+/u).find((w) => /^[A-Za-z]{5,}$/u.test(w))!;
  const start = [...article.text.slice(0, article.text.indexOf(word))].length;
  const annotationUrl = `${baseURL}/api/projects/demo/articles/${article.id}/annotations`;
  const importUrl = `${baseURL}/api/projects/demo/imports/articles/commit`;
  // Its current revision: other specs correct demo articles' text.
  const body = JSON.stringify({ kind: "CLAIM", revision: article.revision, start, end: start + word.length, exact: word });

  await openEvilPage(
    page,
    `const form = new FormData();
     form.append("files", new File(["Forged article by a cross-site page. It has two sentences."], "forged.txt", { type: "text/plain" }));
     Promise.allSettled([
       fetch(${JSON.stringify(annotationUrl)}, { method: "POST", mode: "no-cors", credentials: "include",
         headers: { "Content-Type": "text/plain; application/json" }, body: ${JSON.stringify(body)} }),
       fetch(${JSON.stringify(importUrl)}, { method: "POST", mode: "no-cors", credentials: "include", body: form }),
     ]).then(() => { document.title = "sent"; });`,
  );
  // The browser hides no-cors answers from the page; what counts is that
  // the requests were sent with the cookie and changed nothing.
  await expect(page).toHaveTitle("sent");
  expect(await annotationCount(page, article.id)).toBe(beforeAnnotations);
  expect(await articleCount(page)).toBe(beforeArticles);

  // The same requests as the browser sent them, status visible: 403 before
  // any parsing, for the JSON-looking text/plain and for multipart alike.
  const forgedJson = await page.request.post(annotationUrl, {
    headers: { "content-type": "text/plain; application/json", origin: EVIL, "sec-fetch-site": "same-site" },
    data: body,
  });
  expect(forgedJson.status()).toBe(403);
  const forgedImport = await page.request.post(importUrl, {
    headers: { origin: EVIL },
    multipart: { files: { name: "forged.txt", mimeType: "text/plain", buffer: Buffer.from("Forged article. Two sentences here.") } },
  });
  expect(forgedImport.status()).toBe(403);
  expect(await articleCount(page)).toBe(beforeArticles);

  // Control: the app's own page, same cookie, proper JSON, works (so the
  // counts above would have seen a forged annotation). Then tidy up.
  await page.goto("/projects");
  const own = await page.evaluate(
    async ([url, json]) => {
      const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: json });
      return { status: response.status, body: (await response.json()) as { annotation: { id: string; version: number } } };
    },
    [annotationUrl, body] as const,
  );
  expect(own.status).toBe(201);
  expect(await annotationCount(page, article.id)).toBe(beforeAnnotations + 1);
  const { id, version } = own.body.annotation;
  expect((await page.request.delete(`/api/projects/demo/annotations/${id}?version=${version}`)).ok()).toBe(true);
});

test("a server action sent with a foreign Origin answers 403 and creates nothing; the same call from the app works", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/projects");
  // Catch the real server action request the New project form sends, and
  // keep it from reaching the server.
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/projects", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  const slug = `csrf-${Date.now()}`;
  await page.getByRole("button", { name: "New project" }).click();
  await page.getByLabel("Name").fill("Forged project");
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  const { headers, body } = captured!;
  const replay = (extra: Record<string, string>) =>
    page.request.post("/projects", {
      headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component", ...extra },
      data: body,
    });
  const slugs = async () => ((await (await page.request.get("/api/projects")).json()) as { projects: Array<{ slug: string }> }).projects.map((p) => p.slug);

  const forged = await replay({ origin: EVIL });
  expect(forged.status()).toBe(403);
  const sameSite = await replay({ origin: EVIL, "sec-fetch-site": "same-site" });
  expect(sameSite.status()).toBe(403);
  expect(await slugs()).not.toContain(slug);

  // The same request from the app's own origin is a working action: the
  // 403 above is the origin check, not a broken replay.
  const own = await replay({ origin: new URL(page.url()).origin, "sec-fetch-site": "same-origin" });
  expect(own.status()).toBe(200);
  expect(await slugs()).toContain(slug);
});
