import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Issue 15: the highlights are painted over the server-rendered text from a
// small chunk, before the editing machinery (Tiptap, ProseMirror, list,
// panel) has even arrived; the workspace then hydrates the server's HTML in
// place and its editor takes over.
const id = () => `c${Array.from({ length: 24 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("")}`;

const TEXT = "Harbour pumps failed at dawn, the mayor said.\n\nRain is forecast again on Friday.";
const QUOTES = ["Harbour pumps", "the mayor said", "Friday"];
// Only in ProseMirror's view code: marks the chunk that holds the editor.
const EDITOR_CHUNK_MARKER = "ProseMirror-hideselection";

function article(articleId: string) {
  // Its own last line: an import finds an article with the same text already there.
  const text = `${TEXT}\n\nFiled as ${articleId}.`;
  const review = { state: "PENDING", gold: false, reviews: 0, last_decision: null, last_decided_at: null };
  const spans = QUOTES.map((quote) => {
    const start = text.indexOf(quote);
    return { id: id(), start, end: start + quote.length, text: quote, kind: "entity_mention", labels: ["location"], entity_id: null, annotator: { id: "elsewhere", name: "" }, review };
  });
  const record = { id: articleId, title: `Early paint ${articleId}`, outlet: "", url: null, author: null, published_at: null, language: "en", revision: 1, text, spans, claims: [], entities: [] };
  return `${JSON.stringify(record)}\n`;
}

/** Every script chunk holding the editor waits until `release()`. */
async function holdEditorChunks(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let held = 0;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(EDITOR_CHUNK_MARKER)) {
      held++;
      await released;
    }
    await route.fulfill({ response, body });
  });
  return { release, heldChunks: () => held };
}

/** Every script chunk (the page shell's and the editor's) waits until `release()`. */
async function holdAllChunks(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let held = 0;
  await page.route("**/_next/static/**/*.js", async (route) => {
    held++;
    await released;
    await route.continue();
  });
  return { release, heldChunks: () => held };
}

async function importArticle(page: Page): Promise<string> {
  const articleId = id();
  const imported = await page.request.post("/api/projects/demo/imports/annotations/commit", {
    data: { files: [{ name: "early.jsonl", content: article(articleId) }], createArticles: true },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  return articleId;
}

/** The imported article and its "the mayor said" mention, for a `?annotation=` link. */
async function importArticleWithMayor(page: Page): Promise<{ articleId: string; mayor: { id: string } }> {
  const articleId = await importArticle(page);
  const listed = (await (await page.request.get(`/api/projects/demo/articles/${articleId}/annotations`)).json()) as {
    annotations: Array<{ id: string; exact: string }>;
  };
  const mayor = listed.annotations.find((a) => a.exact === "the mayor said");
  expect(mayor).toBeDefined();
  return { articleId, mayor: mayor! };
}

// Counts removals of the workspace's root in `window.surfaceRemovals`:
// hydrated in place, it is never replaced.
async function countSurfaceRemovals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { surfaceRemovals: number };
    w.surfaceRemovals = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        record.removedNodes.forEach((node) => {
          if (node instanceof Element && (node.matches(".annotation-surface") || node.querySelector(".annotation-surface"))) w.surfaceRemovals++;
        });
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test("the highlights are painted while the editor's code is still held back, and the workspace then hydrates in place", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const articleId = await importArticle(page);

  const { release, heldChunks } = await holdEditorChunks(page);
  await countSurfaceRemovals(page);

  await page.goto(`/projects/demo/articles/${articleId}`, { waitUntil: "domcontentloaded" });
  const paintedTexts = () =>
    page.evaluate(() => {
      const texts: string[] = [];
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          texts.push(range.toString());
        }),
      );
      return [...new Set(texts)].sort();
    });
  await expect.poll(paintedTexts).toEqual([...QUOTES].sort());
  // Painted on the server's text, with no editor anywhere yet.
  await expect(page.locator("[data-static-article-text]")).toHaveCount(1);
  await expect(page.locator(".ProseMirror")).toHaveCount(0);
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "true");
  // The inline script may paint before the page shell has even asked for the editor's chunk.
  await expect.poll(heldChunks).toBeGreaterThan(0);
  await expect(page.locator(".ProseMirror")).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { surface: Element | null }).surface = document.querySelector(".annotation-surface");
  });

  release();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator(".ProseMirror")).toContainText("Harbour pumps failed at dawn");
  await expect(page.locator("[data-static-article-text]")).toHaveCount(0);
  // The editor paints the same annotations on its own text (and may add suggestions).
  await expect.poll(paintedTexts).toEqual(expect.arrayContaining(QUOTES));
  const inPlace = await page.evaluate(() => {
    const w = window as unknown as { surface: Element | null; surfaceRemovals: number };
    return { same: w.surface !== null && document.querySelector(".annotation-surface") === w.surface, removals: w.surfaceRemovals };
  });
  expect(inPlace).toEqual({ same: true, removals: 0 });
});

test("the inline script paints the highlights, the linked one selected, with every chunk held back, under the page's CSP; hydration then keeps the server's HTML", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const { articleId, mayor } = await importArticleWithMayor(page);

  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await countSurfaceRemovals(page);
  const { release, heldChunks } = await holdAllChunks(page);
  const response = await page.goto(`/projects/demo/articles/${articleId}?annotation=${mayor.id}`, { waitUntil: "domcontentloaded" });
  // The real policy: nonce-only scripts, no 'unsafe-inline'.
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).not.toContain("unsafe-inline");

  const paintedByStyle = () =>
    page.evaluate(() => {
      const byStyle: Record<string, string[]> = {};
      CSS.highlights.forEach((highlight, style) => {
        highlight.forEach((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          (byStyle[style] ??= []).push(range.toString());
        });
      });
      return byStyle;
    });
  await expect.poll(async () => [...new Set(Object.values(await paintedByStyle()).flat())].sort()).toEqual([...QUOTES].sort());
  expect((await paintedByStyle())["cd-selected"]).toEqual(["the mayor said"]);
  // Nothing has run but the HTML's own inline scripts: every chunk is still held.
  expect(heldChunks()).toBeGreaterThan(0);
  await expect(page.locator("[data-static-article-text]")).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  await page.evaluate(() => {
    (window as unknown as { surface: Element | null }).surface = document.querySelector(".annotation-surface");
  });

  release();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator(".ProseMirror")).toContainText("Harbour pumps failed at dawn");
  await expect.poll(paintedByStyle).toMatchObject({ "cd-selected": ["the mayor said"] });
  const after = await page.evaluate(() => {
    const w = window as unknown as { surface: Element | null; surfaceRemovals: number; cspViolations: string[] };
    return { same: w.surface !== null && document.querySelector(".annotation-surface") === w.surface, removals: w.surfaceRemovals, violations: w.cspViolations };
  });
  // Hydrated in place (a hydration error would replace the root and log one), with no CSP report.
  expect(after).toEqual({ same: true, removals: 0, violations: [] });
  expect(problems).toEqual([]);
});

test("a panel button pressed before the workspace has hydrated takes effect once it has, once", async ({ page }) => {
  await signIn(page, "owner@example.com");
  const { articleId, mayor } = await importArticleWithMayor(page);

  const { release, heldChunks } = await holdEditorChunks(page);
  await page.goto(`/projects/demo/articles/${articleId}?annotation=${mayor.id}`, { waitUntil: "domcontentloaded" });
  // The server rendered the linked annotation's panel; nothing is hydrated yet.
  const panel = page.locator(`[data-annotation-panel][data-annotation-id="${mayor.id}"]`);
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "true");
  await panel.getByRole("button", { name: "Close panel" }).click();
  // Not yet: nothing is listening.
  await expect(panel).toBeVisible();
  expect(heldChunks()).toBeGreaterThan(0);

  release();
  await expect(page.getByTestId("article-text")).toHaveAttribute("aria-busy", "false");
  await expect(panel).toHaveCount(0);
  // Pressed once: closing is not followed by anything else (the list still offers the annotation).
  await page.getByRole("list", { name: "Annotations in text order" }).getByRole("button").filter({ hasText: "the mayor said" }).click();
  await expect(panel).toBeVisible();
});
