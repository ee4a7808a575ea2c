import { expect, test } from "@playwright/test";

// Every page links the icons and the web manifest, and each file is served
// (before sign-in too): browsers asked for /favicon.ico and got 404 before.
test("the sign-in page links icons and a manifest that all load", async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/sign-in");
  const hrefs = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((links) =>
    links.map((l) => (l as HTMLLinkElement).getAttribute("href")),
  );
  expect(hrefs).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]));

  const types: Record<string, RegExp> = {
    "/favicon.ico": /image\/(x-icon|vnd\.microsoft\.icon)/,
    "/icon.svg": /image\/svg\+xml/,
    "/apple-touch-icon.png": /image\/png/,
    "/manifest.webmanifest": /application\/manifest\+json|application\/json/,
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }

  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; icons: Array<{ src: string; sizes: string }> };
  expect(manifest.name).toBe("Claimdesk");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  expect(missing).toEqual([]);
});
