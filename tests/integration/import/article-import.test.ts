import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { docToText } from "@/lib/article-content/doc-to-text";
import type { DocJSON } from "@/lib/article-content/types";
import { previewArticleImport } from "@/lib/server/article-import/preview-article-import";
import { commitArticleImport } from "@/lib/server/article-import/commit-article-import";
import * as previewRoute from "@/app/api/projects/[slug]/imports/articles/preview/route";
import * as commitRoute from "@/app/api/projects/[slug]/imports/articles/commit/route";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";

const BODY =
  "Officials confirmed on Monday that the river had risen by two metres overnight, forcing the evacuation of three villages.\n\n" +
  "Rescue teams worked through the night to move families to higher ground, according to the district administration.";
const HTML = `<!doctype html><html><head><title>Floods force evacuations | Daily Ledger</title>
<script>window.track = "SECRET-TRACKER";</script><style>body{color:red}</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Floods force evacuations</h1>
<p>Officials confirmed on Monday that the river had risen by two metres overnight, forcing the evacuation of three villages.</p>
<p onclick="alert(1)">Rescue teams worked through the night to move families to higher ground, according to the district administration.</p>
</article><footer>© 2026 Daily Ledger. All rights reserved. Privacy policy</footer></body></html>`;

async function counts(projectId: string) {
  const [articles, revisions, audits, events] = await Promise.all([
    db.article.count({ where: { projectId } }),
    db.articleRevision.count({ where: { article: { projectId } } }),
    db.auditLog.count({ where: { projectId } }),
    db.event.count({ where: { projectId } }),
  ]);
  return { articles, revisions, audits, events };
}

describe("article import (real Postgres)", () => {
  it("preview writes nothing and shows cleaned text, removed blocks and metadata", async () => {
    const { project, owner } = await createTestProject();
    const before = await counts(project.id);
    const preview = await withProjectAccess(owner.id, project.slug, (access) => previewArticleImport(access, { files: [{ name: "floods.html", content: HTML }] }));
    expect(await counts(project.id)).toEqual(before);
    expect(preview.errors).toEqual([]);
    const [item] = preview.items;
    expect(item?.text).toBe(BODY);
    expect(item?.metadata.title).toBe("Floods force evacuations");
    expect(item?.text).not.toMatch(/SECRET|cookies|All rights reserved|Sport/);
    const removed = item?.blocks.filter((b) => !b.kept).map((b) => b.text).join("\n") ?? "";
    expect(removed).toMatch(/cookies/);
    expect(item?.duplicateOf).toBeNull();
  });

  it("commit saves revision 1, editor content, source and audit in one go, then reports the duplicate", async () => {
    const { project, owner } = await createTestProject();
    const files = [{ name: "floods.html", content: HTML }, { name: "copy.txt", content: BODY }];
    const first = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files }));
    expect(first.saved).toBe(true);
    expect(first.created).toHaveLength(1);
    expect(first.duplicates).toEqual([{ key: "1", fileName: "copy.txt", duplicateOf: { key: "0" } }]);
    const article = await db.article.findUniqueOrThrow({ where: { id: first.created[0]!.articleId }, include: { revisions: true } });
    expect(article.text).toBe(BODY);
    expect(docToText(article.content as unknown as DocJSON)).toBe(BODY);
    expect(article.revisions.map((r) => r.revision)).toEqual([1]);
    expect(article.createdById).toBe(owner.id);
    const source = article.source as { importer: string; fileName: string; removedBlocks: Array<{ text: string; reason: string }> };
    expect(source.importer).toBe("html");
    expect(source.fileName).toBe("floods.html");
    expect(source.removedBlocks.some((b) => /cookies/.test(b.text) && b.reason.length > 0)).toBe(true);
    expect(await db.auditLog.count({ where: { projectId: project.id, action: "article.import", entityId: article.id } })).toBe(1);
    expect(await db.event.count({ where: { projectId: project.id, type: "import.completed" } })).toBe(1);

    const again = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files: [{ name: "again.txt", content: BODY }] }));
    expect(again.created).toEqual([]);
    expect(again.duplicates[0]?.duplicateOf).toEqual({ articleId: article.id, title: "Floods force evacuations" });
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("applies keep/drop choices and edited metadata", async () => {
    const { project, owner } = await createTestProject();
    const files = [{ name: "floods.html", content: HTML }];
    const preview = await withProjectAccess(owner.id, project.slug, (access) => previewArticleImport(access, { files }));
    const cookie = preview.items[0]!.blocks.find((b) => /cookies/.test(b.text))!;
    const firstKept = preview.items[0]!.blocks.find((b) => b.kept)!;
    const choices = [{ key: "0", blocks: { [cookie.index]: true, [firstKept.index]: false }, metadata: { outlet: "Daily Ledger", publishedAt: "2026-03-02", url: "https://example.org/floods" } }];
    const result = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files, choices }));
    const article = await db.article.findUniqueOrThrow({ where: { id: result.created[0]!.articleId } });
    expect(article.text).toContain("cookies");
    expect(article.text).not.toContain("river had risen");
    expect(article.outlet).toBe("Daily Ledger");
    expect(article.url).toBe("https://example.org/floods");
    expect(article.publishedAt?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("bad inputs give per-item errors and save nothing, unless the good items are chosen", async () => {
    const { project, owner } = await createTestProject();
    const jsonl = [
      JSON.stringify({ title: "Good line", text: BODY, outlet: "Wire", publishedAt: "2026-01-07" }),
      "{not json",
      JSON.stringify({ title: "No text" }),
    ].join("\n");
    const files = [
      { name: "batch.jsonl", content: jsonl },
      { name: "empty.txt", content: "  \n" },
      { name: "scan.pdf", content: "%PDF" },
      { name: "huge.txt", size: 50 * 1024 * 1024 },
    ];
    const before = await counts(project.id);
    const refused = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files }));
    expect(refused.saved).toBe(false);
    expect(refused.errors.map((e) => [e.key, e.message])).toEqual([
      ["0:2", "Line 2 is not valid JSON."],
      ["0:3", 'Line 3: needs a non-empty "text" or "html" field.'],
      ["1", "The file is empty."],
      ["2", "Unsupported file type: import .txt, .md, .html/.htm or .jsonl files."],
      ["3", "The file is too large (50 MB); the limit is 5 MB per file."],
    ]);
    expect(await counts(project.id)).toEqual(before);

    const good = await withProjectAccess(owner.id, project.slug, (access) => commitArticleImport(access, { files, importGoodItems: true }));
    expect(good.saved).toBe(true);
    expect(good.created.map((c) => c.title)).toEqual(["Good line"]);
    const article = await db.article.findUniqueOrThrow({ where: { id: good.created[0]!.articleId } });
    expect(article.outlet).toBe("Wire");
    expect((article.source as { line: number }).line).toBe(1);
  });

  it("owners and reviewers may import; annotators, viewers and outsiders may not (routes)", async () => {
    const people = await createTestProject();
    const call = async (userId: string, route: typeof previewRoute.POST, body: unknown) => {
      const secret = `cd_${randomBytes(16).toString("hex")}`;
      await db.apiToken.create({ data: { userId, name: "t", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
      const request = new Request("http://localhost/api", {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return route(request, { params: Promise.resolve({ slug: people.project.slug }) });
    };
    const body = { files: [{ name: "a.txt", content: BODY }] };
    expect((await call(people.annotator.id, commitRoute.POST, body)).status).toBe(403);
    expect((await call(people.viewer.id, previewRoute.POST, body)).status).toBe(403);
    expect((await call(people.outsider.id, previewRoute.POST, body)).status).toBe(404);
    expect((await call(people.reviewer.id, previewRoute.POST, body)).status).toBe(200);
    expect((await call(people.owner.id, commitRoute.POST, { files: [] })).status).toBe(400);
    const saved = await call(people.reviewer.id, commitRoute.POST, body);
    expect(saved.status).toBe(201);
    const refused = await call(people.owner.id, commitRoute.POST, { files: [{ name: "x.doc", content: "x" }] });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(await db.article.count({ where: { projectId: people.project.id } })).toBe(1);
  });
});

describe("article import over multipart (real Postgres)", () => {
  it("reads files from multipart/form-data and answers 413 above the request limit", async () => {
    const people = await createTestProject();
    const secret = `cd_${randomBytes(16).toString("hex")}`;
    await db.apiToken.create({ data: { userId: people.owner.id, name: "t", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
    const form = new FormData();
    form.append("files", new File([HTML], "floods.html", { type: "text/html" }));
    form.append("choices", JSON.stringify([{ key: "0", metadata: { outlet: "Daily Ledger" } }]));
    const request = new Request("http://localhost/api", { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form });
    const response = await commitRoute.POST(request, { params: Promise.resolve({ slug: people.project.slug }) });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { created: Array<{ articleId: string }> };
    expect((await db.article.findUniqueOrThrow({ where: { id: body.created[0]!.articleId } })).outlet).toBe("Daily Ledger");

    const previous = process.env.IMPORT_MAX_REQUEST_BYTES;
    process.env.IMPORT_MAX_REQUEST_BYTES = "100";
    try {
      const big = new Request("http://localhost/api", {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ files: [{ name: "a.txt", content: BODY }] }),
      });
      const refused = await previewRoute.POST(big, { params: Promise.resolve({ slug: people.project.slug }) });
      expect(refused.status).toBe(413);
    } finally {
      if (previous === undefined) delete process.env.IMPORT_MAX_REQUEST_BYTES;
      else process.env.IMPORT_MAX_REQUEST_BYTES = previous;
    }
  });
});
