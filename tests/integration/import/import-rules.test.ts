import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import * as commitRoute from "@/app/api/projects/[slug]/imports/annotations/commit/route";
import * as previewRoute from "@/app/api/projects/[slug]/imports/annotations/preview/route";
import type { AnnotationImportResult } from "@/lib/server/annotation-import/annotation-import-types";
import { createTestProject } from "@/tests/support/create-test-project";

// Issue 10, defects 4 and 7: an annotation import stores nothing the
// annotation API would refuse, attributes work to the importer unless an
// owner keeps the file's authors, and brings review states and gold only
// when an owner chooses so — never on the importer's own work.

const TEXT = "The mayor said taxes will fall next year, the council confirmed.";
type Person = { id: string; name: string };
const review = (state: string, gold: boolean) => ({ state, gold, reviews: 1, last_decision: state === "ACCEPTED" ? "ACCEPT" : null, last_decided_at: "2024-03-02T10:00:00.000Z" });

function record(author: Person, options: { id?: string; article?: Record<string, unknown>; evidence?: unknown[]; note?: string; state?: string; gold?: boolean } = {}) {
  const span = { id: `an_${randomBytes(6).toString("hex")}`, start: 0, end: 9, text: "The mayor" };
  const r = review(options.state ?? "ACCEPTED", options.gold ?? true);
  return {
    id: options.id ?? `ar_${randomBytes(6).toString("hex")}`, title: "Taxes", outlet: "Paper", url: "https://example.org/taxes", author: null,
    published_at: "2024-03-01T00:00:00.000Z", language: "en", revision: 1, text: `${TEXT} ${randomBytes(4).toString("hex")}`, ...options.article,
    spans: [{ ...span, kind: "claim", labels: [], entity_id: null, annotator: author, review: r, note: options.note ?? "" }],
    claims: [{
      ...span, claim_type: null, status: null, check_worthiness: null, confidence: null, text_changed_after_verdict: false, entities: [],
      evidence: options.evidence ?? [{ url: "https://source.example/", title: "Source", stance: "SUPPORTS" }], cluster: null,
      annotator: author, review: r, note: options.note ?? "", created_at: "2024-03-01T09:00:00.000Z", updated_at: "2024-03-01T09:00:00.000Z",
    }],
    entities: [],
  };
}

async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, name: "t", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

async function post(route: typeof commitRoute | typeof previewRoute, userId: string, slug: string, body: unknown) {
  const request = new Request(`http://localhost/api/projects/${slug}/imports/annotations`, {
    method: "POST",
    headers: { authorization: `Bearer ${await tokenFor(userId)}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await route.POST(request, { params: Promise.resolve({ slug }) });
  return { status: response.status, body: (await response.json()) as AnnotationImportResult & { error?: { code: string; message: string } } };
}

const file = (...records: unknown[]) => ({ name: "claims.jsonl", content: records.map((r) => JSON.stringify(r)).join("\n") });

async function stored(projectId: string) {
  const [articles, annotations, evidence, reviews] = await Promise.all([
    db.article.count({ where: { projectId } }),
    db.annotation.findMany({ where: { projectId }, select: { authorId: true, reviewState: true, isGold: true } }),
    db.evidence.count({ where: { claim: { projectId } } }),
    db.review.count({ where: { annotation: { projectId } } }),
  ]);
  return { articles, annotations, evidence, reviews };
}

describe("annotation import follows the annotation API's rules (real Postgres)", () => {
  it("a reviewer's import of their own ACCEPTED gold annotation, attributed to a colleague, arrives as the reviewer's, pending, not gold", async () => {
    const p = await createTestProject();
    const colleague = { id: p.annotator.id, name: "Colleague" };
    const { status, body } = await post(commitRoute, p.reviewer.id, p.project.slug, { files: [file(record(colleague)), file(record({ id: p.reviewer.id, name: "Me" }))], createArticles: true });
    expect(status).toBe(201);
    expect(body.attribution).toEqual({ keepAuthors: false, keepReviewStates: false, authorsKept: 0, authorsReplaced: 1, reviewsKept: 0, reviewsReset: 2 });
    const after = await stored(p.project.id);
    expect(after.annotations).toEqual([
      { authorId: p.reviewer.id, reviewState: "PENDING", isGold: false },
      { authorId: p.reviewer.id, reviewState: "PENDING", isGold: false },
    ]);
    expect(after.reviews).toBe(0);
  });

  it("only owners may keep authors or review states; a reviewer asking gets 403 and nothing is stored", async () => {
    const p = await createTestProject();
    const before = await stored(p.project.id);
    for (const options of [{ keepAuthors: true }, { keepReviewStates: true }]) {
      for (const route of [previewRoute, commitRoute]) {
        const { status, body } = await post(route, p.reviewer.id, p.project.slug, { files: [file(record({ id: p.annotator.id, name: "A" }))], createArticles: true, ...options });
        expect(status).toBe(403);
        expect(body.error?.code).toBe("FORBIDDEN");
      }
    }
    expect(await stored(p.project.id)).toEqual(before);
  });

  it("an owner who keeps authors and review states gets members' authorship and verdicts, but never their own work accepted", async () => {
    const p = await createTestProject();
    const files = [file(record({ id: p.annotator.id, name: "A" }), record({ id: p.owner.id, name: "Owner" }), record({ id: p.outsider.id, name: "Not a member" }, { state: "REJECTED", gold: false }))];
    const preview = await post(previewRoute, p.owner.id, p.project.slug, { files, createArticles: true, keepAuthors: true, keepReviewStates: true });
    expect(preview.status).toBe(200);
    expect(preview.body.canKeepAttribution).toBe(true);
    // Annotator's kept (author and verdict); the owner's own stays the owner's but pending; the outsider's becomes the owner's, pending.
    expect(preview.body.attribution).toEqual({ keepAuthors: true, keepReviewStates: true, authorsKept: 1, authorsReplaced: 1, reviewsKept: 1, reviewsReset: 2 });
    expect((await stored(p.project.id)).annotations).toEqual([]);

    const { status } = await post(commitRoute, p.owner.id, p.project.slug, { files, createArticles: true, keepAuthors: true, keepReviewStates: true });
    expect(status).toBe(201);
    const rows = await db.annotation.findMany({ where: { projectId: p.project.id }, select: { authorId: true, reviewState: true, isGold: true, reviews: { select: { reviewerId: true } } } });
    expect(rows).toHaveLength(3);
    expect(rows).toContainEqual({ authorId: p.annotator.id, reviewState: "ACCEPTED", isGold: true, reviews: [{ reviewerId: p.owner.id }] });
    expect(rows.filter((r) => r.authorId === p.owner.id)).toEqual([
      { authorId: p.owner.id, reviewState: "PENDING", isGold: false, reviews: [] },
      { authorId: p.owner.id, reviewState: "PENDING", isGold: false, reviews: [] },
    ]);
  });

  it("values the API refuses are per-item errors, never stored, never a 500", async () => {
    const p = await createTestProject();
    const me = { id: p.owner.id, name: "Owner" };
    const bad: Array<[string, ReturnType<typeof record>, RegExp]> = [
      ["javascript: evidence", record(me, { evidence: [{ url: "javascript:alert(1)", title: "x", stance: "SUPPORTS" }] }), /evidence url must be an http/],
      ["data: evidence", record(me, { evidence: [{ url: "data:text/html,<script>alert(1)</script>", title: "x", stance: "REFUTES" }] }), /evidence url must be an http/],
      ["malformed evidence", record(me, { evidence: [{ url: "http://[broken", title: "x", stance: "CONTEXT" }] }), /evidence url must be an http/],
      ["javascript: article", record(me, { article: { url: "javascript:alert(1)" } }), /article url: The url must be a web address/],
      ["malformed article url", record(me, { article: { url: "http://[broken" } }), /article url/],
      ["HTML language", record(me, { article: { language: "<img src=x onerror=alert(1)>" } }), /article language: The language must be a language tag/],
      ["garbage date", record(me, { article: { published_at: "garbage" } }), /article publishedAt: "garbage" is not a date/],
      ["note too long", record(me, { note: "x".repeat(10_001) }), /note must be at most 10,000 characters/],
      ["NUL in note", record(me, { note: "a\u0000b" }), /control character/],
      ["NUL in title", record(me, { article: { title: "T\u0000" } }), /control character/],
    ];
    const before = await stored(p.project.id);
    for (const [name, r, message] of bad) {
      const { status, body } = await post(commitRoute, p.owner.id, p.project.slug, { files: [file(r)], createArticles: true });
      expect(status, name).toBe(400);
      expect(body.errors.map((e) => e.message).join(" "), name).toMatch(message);
      expect(await stored(p.project.id), name).toEqual(before);
    }
    // Other formats read JSON by hand; the same rule holds for them.
    const doccano = { name: "d.jsonl", content: JSON.stringify({ text: "Lisbon\u0000 rain", label: [[0, 6, "LOC"]] }) };
    const { status, body } = await post(previewRoute, p.owner.id, p.project.slug, { files: [doccano], createArticles: true });
    expect(status).toBe(200);
    expect(body.errors[0]?.message).toMatch(/control character/);
  });

  it("valid metadata is normalised by the article import's schema", async () => {
    const p = await createTestProject();
    const r = record({ id: p.owner.id, name: "Owner" }, { article: { url: "  https://example.org/x  ", published_at: "2024-03-05", language: "pt" } });
    const { status } = await post(commitRoute, p.owner.id, p.project.slug, { files: [file(r)], createArticles: true });
    expect(status).toBe(201);
    const article = await db.article.findFirstOrThrow({ where: { projectId: p.project.id }, select: { url: true, publishedAt: true, language: true } });
    expect(article).toEqual({ url: "https://example.org/x", publishedAt: new Date("2024-03-05T00:00:00.000Z"), language: "pt" });
  });
});
