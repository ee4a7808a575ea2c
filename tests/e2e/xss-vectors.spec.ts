import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { watchCsp } from "./support/watch-csp";

// Known XSS vectors fed through every text field and import format, then the
// pages that show them opened in Chromium with the CSP on. Each vector would
// set window.__xss or open a dialog if it ever ran; neither may happen, and
// the CSP must report nothing (a vector that reached the DOM as markup would
// be blocked by the CSP and reported, so an empty report also proves React
// and the importers kept it as text).
const VECTORS = [
  `<img src=x onerror="window.__xss=1;alert(1)">`,
  `<script>window.__xss=1;alert(1)</script>`,
  `"><svg onload="window.__xss=1">`,
  `javascript:window.__xss=1//`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `'"><iframe srcdoc="<script>parent.__xss=1</script>">`,
  `<details open ontoggle="window.__xss=1">`,
  `{{constructor.constructor('window.__xss=1')()}}`,
] as const;
const ALL = VECTORS.join(" ");
const v = (i: number) => VECTORS[i % VECTORS.length]!;

type Label = { id: string; kind: string; key: string; name: string };

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

async function expectNothingRan(page: Page, dialogs: string[], url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await page.waitForFunction(() => typeof (window as unknown as { next?: unknown }).next === "object");
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), url).toBeUndefined();
  expect(dialogs, url).toEqual([]);
}

test("XSS vectors in every text field and import format stay text in the browser", async ({ page }) => {
  test.setTimeout(300_000);
  const reports = await watchCsp(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, "owner@example.com");
  const api = page.request;

  // Project name and description.
  const slug = `xss-${Date.now()}`;
  await json(await api.post("/api/projects", { data: { name: `XSS ${v(0)}`, slug, description: ALL } }), 201);
  const base = `/api/projects/${slug}`;

  // Articles through the article importer: HTML, JSONL (title, outlet, url,
  // author in the file) and Markdown front matter; metadata edited in
  // `choices` carries vectors too.
  const html = `<html><head><title>${v(0)} HTML title</title></head><body><article><h1>Harbour ${v(2)}</h1>
<p>The harbour authority said on Tuesday that ${v(1)} cargo volumes rose by a fifth in the first quarter of the year.</p>
<p onclick="window.__xss=1">Dock workers ${v(0)} reported longer shifts as the number of ships waiting outside the port doubled.</p>
<script>window.__xss=1</script></article></body></html>`;
  const jsonl = [
    { title: `JSONL ${v(1)}`, outlet: v(2), author: v(6), url: "https://example.com/a?q=%22%3E%3Csvg%20onload%3Dwindow.__xss%3D1%3E", text: `Ministers ${v(0)} met on Friday to discuss the budget.\n\nThe finance ministry ${v(5)} said the deficit had narrowed.` },
    { title: "JSONL javascript url", url: "javascript:window.__xss=1", text: "A second article whose url is a script. It has two sentences." },
  ].map((line) => JSON.stringify(line)).join("\n");
  const markdown = `---\ntitle: "MD ${v(4).replace(/"/g, "'")}"\noutlet: "${v(3)}"\n---\n\nThe council ${v(6)} approved the new park on Monday.\n\nResidents ${v(7)} welcomed the decision.\n`;
  const articleImport = await api.post(`${base}/imports/articles/commit`, {
    data: {
      files: [
        { name: `${v(0)}.html`, content: html },
        { name: "articles.jsonl", content: jsonl },
        { name: "council.md", content: markdown },
      ],
      choices: [{ key: "0", metadata: { outlet: `Outlet ${v(1)}`, url: "https://example.com/harbour" } }],
      importGoodItems: true,
    },
  });
  expect([200, 201, 400]).toContain(articleImport.status());
  const imported = (await articleImport.json()) as { created?: Array<{ articleId: string }> };
  expect(imported.created?.length ?? 0, JSON.stringify(imported)).toBeGreaterThanOrEqual(3);

  // Annotations through the annotation importer: Label Studio and doccano
  // (creating articles from their text), whose unknown labels are created
  // with vector names through the label mapping.
  const lsText = `Police ${v(0)} said the suspect fled north.`;
  const labelStudio = [{ data: { text: lsText }, annotations: [{ result: [{ type: "labels", value: { start: 0, end: 6, text: "Police", labels: [v(2)] } }] }] }];
  const doccanoText = `Officials ${v(1)} confirmed the figures.`;
  const doccano = JSON.stringify({ text: doccanoText, label: [[0, 9, v(6)]] });
  const annotationFiles = [
    { name: "tasks.json", content: JSON.stringify(labelStudio) },
    { name: "spans.jsonl", content: doccano },
  ];
  const preview = await json<{ unknownLabels: Array<{ key: string }> }>(
    await api.post(`${base}/imports/annotations/preview`, { data: { files: annotationFiles, createArticles: true } }),
  );
  const labelMapping = Object.fromEntries(
    preview.unknownLabels.map((u, i) => [u.key, { create: { kind: "ENTITY_TYPE", name: `${v(i)}`.slice(0, 60) } }]),
  );
  expect(Object.keys(labelMapping).length).toBeGreaterThanOrEqual(2);
  await json(await api.post(`${base}/imports/annotations/commit`, { data: { files: annotationFiles, createArticles: true, labelMapping } }), 201);

  // An entity, a claim with note and evidence, and a comment, through the API.
  const labels = (await json<{ labels: Label[] }>(await api.get(`${base}/labels`))).labels;
  const person = labels.find((l) => l.kind === "ENTITY_TYPE" && l.key === "person")!;
  const entity = await json<{ entity: { id: string } }>(
    await api.post(`${base}/entities`, { data: { typeId: person.id, name: `Entity ${v(0)}`, aliases: [v(1), v(2), v(5)] } }),
    201,
  );
  const articles = (await json<{ articles: Array<{ id: string; title: string }> }>(await api.get(`${base}/articles`))).articles;
  const target = articles.find((a) => a.title.startsWith("JSONL <script>"))!;
  const { article } = await json<{ article: { id: string; text: string; revision: number } }>(await api.get(`${base}/articles/${target.id}`));
  const quote = "Ministers";
  const start = [...article.text.slice(0, article.text.indexOf(quote))].length;
  const claim = (
    await json<{ annotation: { id: string; version: number } }>(
      await api.post(`${base}/articles/${article.id}/annotations`, { data: { kind: "CLAIM", revision: article.revision, start, end: start + quote.length, exact: quote } }),
      201,
    )
  ).annotation;
  await json(
    await api.patch(`${base}/annotations/${claim.id}`, {
      data: {
        version: claim.version,
        note: ALL,
        entities: [{ entityId: entity.entity.id, role: "SUBJECT" }],
        evidence: [
          { url: "https://example.com/?x=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E", title: ALL.slice(0, 500), stance: "SUPPORTS", note: ALL },
        ],
      },
    }),
  );
  const scriptUrl = await api.patch(`${base}/annotations/${claim.id}`, {
    data: { version: claim.version + 1, evidence: [{ url: "javascript:window.__xss=1", title: "x", stance: "SUPPORTS" }] },
  });
  expect(scriptUrl.status()).toBe(400);
  await json(await api.post(`${base}/annotations/${claim.id}/comments`, { data: { body: `${ALL} @owner@example.com` } }), 201);

  // W3C: the project's own export, with its tags and note swapped for
  // vectors, imported back as new annotations.
  const w3cExport = await api.get(`${base}/exports?format=w3c`);
  expect(w3cExport.status()).toBe(200);
  const collection = JSON.parse(await w3cExport.text()) as { first: { items: Array<{ id: string; body: Array<{ value?: string; purpose?: string }> }> } };
  const items = collection.first.items.slice(0, 1).map((item) => ({
    ...item,
    id: `urn:uuid:${crypto.randomUUID()}`,
    body: [...item.body.filter((b) => b.value === undefined), { type: "TextualBody", value: "w3c-xss-tag", purpose: "tagging" }, { type: "TextualBody", value: ALL, format: "text/plain", purpose: "commenting" }],
  }));
  expect(items.length).toBe(1);
  const w3cFiles = [{ name: "w3c.json", content: JSON.stringify({ ...collection, first: { ...collection.first, items } }) }];
  const w3cPreview = await json<{ unknownLabels: Array<{ key: string }>; errors?: unknown[] }>(
    await api.post(`${base}/imports/annotations/preview`, { data: { files: w3cFiles } }),
  );
  const w3cMapping = Object.fromEntries(w3cPreview.unknownLabels.map((u) => [u.key, { create: { kind: u.key.startsWith("span:") ? "ENTITY_TYPE" : u.key.split(":")[0], name: v(4).slice(0, 60) } }]));
  await json(await api.post(`${base}/imports/annotations/commit`, { data: { files: w3cFiles, labelMapping: w3cMapping } }), 201);

  // The pages that render all of it.
  const project = `/projects/${slug}`;
  const urls = [
    "/projects",
    project,
    `${project}/entities`,
    `${project}/settings`,
    `${project}/review`,
    `${project}/export`,
    `${project}/import`,
    `${project}/assignments`,
    `${project}/agreement`,
    `${project}/dashboard`,
    `${project}/articles/${article.id}?annotation=${claim.id}`,
    ...articles.map((a) => `${project}/articles/${a.id}`),
    `/inbox`,
  ];
  for (const url of urls) await expectNothingRan(page, dialogs, url);

  // The claim's panel shows note, evidence and discussion as text.
  await page.goto(`${project}/articles/${article.id}?annotation=${claim.id}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expect(page.getByText(v(0), { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/xss-editor.png", fullPage: true });
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(reports).toEqual([]);
});
