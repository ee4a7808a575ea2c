import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { concreteUrl, walkRoutes } from "./support/walk-routes";

// Pages and routes that must answer anonymous visitors. Everything else under
// app/ — found by walking the route tree, so a new page is covered the day it
// is added — must redirect to sign-in (pages) or answer 401 (API).
const PUBLIC = new Set(["/sign-in", "/setup", "/invite/[token]", "/api/auth/[...nextauth]", "/api/health", "/api/ready"]);

const routes = walkRoutes(resolve("app"), (p) => readFileSync(p, "utf8"));

test("the route tree was found", () => {
  expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/", "/projects", "/projects/[slug]", "/api/projects"]));
});

test.describe("anonymous requests", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  for (const route of routes.filter((r) => !PUBLIC.has(r.pattern))) {
    const url = concreteUrl(route.pattern, { slug: "demo", articleId: "cl000000000000000000000000", token: "x" });
    for (const method of route.methods) {
      test(`${method} ${route.pattern} is closed`, async ({ request }) => {
        const response = await request.fetch(url, { method, maxRedirects: 0, data: method === "GET" ? undefined : {} });
        if (route.kind === "page") {
          expect(response.status()).toBe(307);
          expect(response.headers()["location"]).toMatch(/\/sign-in/);
        } else {
          expect(response.status()).toBe(401);
          const body = (await response.json()) as { error?: { code?: string } };
          expect(body.error?.code).toBe("UNAUTHENTICATED");
        }
      });
    }
  }

  test("a forged bearer token is refused by the route itself", async ({ request }) => {
    const response = await request.get("/api/projects", { headers: { authorization: "Bearer forged-token" } });
    expect(response.status()).toBe(401);
  });

  test("setup is closed once accounts exist, and a bogus invite reveals nothing", async ({ page }) => {
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/invite/not-a-real-token-0123456789");
    await expect(page.getByRole("heading", { name: "Invite not valid" })).toBeVisible();
  });
});
