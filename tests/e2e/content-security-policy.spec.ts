import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { concreteUrl, walkRoutes } from "./support/walk-routes";
import { watchCsp } from "./support/watch-csp";

// Every page of the app, found by walking app/ (a new page is covered the day
// it is added), opened in Chromium under the real CSP from proxy.ts: no
// violation may be reported, and Next's client must have started (its
// scripts ran with the nonce).
const pages = walkRoutes(resolve("app"), (p) => readFileSync(p, "utf8")).filter((r) => r.kind === "page");
const ANONYMOUS = new Set(["/sign-in", "/setup", "/invite/[token]"]);

async function expectClientStarted(page: Page): Promise<void> {
  // app-router's client bootstrap sets window.next; it runs only if the
  // nonce let Next's scripts execute.
  await page.waitForFunction(() => typeof (window as unknown as { next?: unknown }).next === "object");
}

test("pages carry a strict nonce CSP: no inline script, no framing, no plugins, no base hijack", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"] ?? "";
  const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  const scriptSrc = directives.get("script-src") ?? [];
  expect(scriptSrc).toEqual(expect.arrayContaining(["'strict-dynamic'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]{16,}'$/)]));
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  // A fresh nonce per response, and it is the one on the page's scripts.
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  // Served over plain http here: no HSTS (it is sent only over https).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
});

test("the public pages work under the CSP with no violation", async ({ page }) => {
  const reports = await watchCsp(page);
  for (const route of pages.filter((r) => ANONYMOUS.has(r.pattern))) {
    await page.goto(concreteUrl(route.pattern, { token: "not-a-real-invite-token-0123456789" }));
    await expectClientStarted(page);
  }
  expect(reports).toEqual([]);
});

test("every page works for the owner under the CSP with no violation", async ({ page }) => {
  test.setTimeout(240_000);
  const reports = await watchCsp(page);
  await signIn(page, "owner@example.com");
  const list = (await (await page.request.get("/api/projects/demo/articles")).json()) as { articles: Array<{ id: string }> };
  const articleId = list.articles[0]!.id;
  // The demo project has clusters (lib/seed): the cluster page opens on one.
  const clusters = (await (await page.request.get("/api/projects/demo/clusters")).json()) as { clusters: Array<{ id: string }> };
  const clusterId = clusters.clusters[0]!.id;
  // The demo registry has entities: the entity page opens on one.
  const entities = (await (await page.request.get("/api/projects/demo/entities?q=")).json()) as { entities: Array<{ id: string }> };
  const entityId = entities.entities[0]!.id;
  const visited: string[] = [];
  for (const route of pages.filter((r) => !ANONYMOUS.has(r.pattern))) {
    const url = concreteUrl(route.pattern, { slug: "demo", articleId, clusterId, entityId });
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(400);
    await expectClientStarted(page);
    visited.push(route.pattern);
  }
  // Open the editor's panel and a dialog too: Radix and Tiptap style
  // themselves inline at run time.
  await page.goto(`/projects/demo/articles/${articleId}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await page.goto("/projects");
  await page.getByRole("button", { name: "New project" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.screenshot({ path: "test-results/csp-projects.png" });
  expect(visited).toEqual(expect.arrayContaining(["/projects", "/projects/[slug]/articles/[articleId]", "/projects/[slug]/settings", "/inbox", "/projects/[slug]/coverage", "/projects/[slug]/clusters/[clusterId]", "/projects/[slug]/entities/[entityId]"]));
  expect(reports).toEqual([]);
});
