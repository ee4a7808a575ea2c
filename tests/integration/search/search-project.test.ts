import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { SearchHit } from "@/lib/search/search-hit";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { createComment } from "@/lib/server/comment/create-comment";
import { createEntity } from "@/lib/server/entity/create-entity";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { searchProject } from "@/lib/server/search/search-project";
import { GET } from "@/app/api/projects/[slug]/search/route";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { createTestArticle } from "../annotations/support/create-test-article";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

const OTHER_TEXT = "Rescue workers searched the collapsed bridge over the Chenab river for survivors on Tuesday.";

async function searchFixture() {
  const f = await createAnnotationFixture();
  const other = await createTestArticle(f.project.id, OTHER_TEXT, f.owner.id);
  await db.article.update({ where: { id: other.id }, data: { title: "Bridge collapse on the Chenab", outlet: "Dawn", publishedAt: new Date("2026-03-02T00:00:00Z") } });
  await db.article.update({ where: { id: f.article.id }, data: { outlet: "The Hindu", publishedAt: new Date("2026-03-05T00:00:00Z") } });
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "The meeting lasted three hours") }));
  await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "Duration comes from anonymous officials", statusId: f.labels.trueStatus }));
  const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, entityTypeId: f.labels.location, ...spanOf(f.article.text, "Gujranwala") }));
  await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, mention.id, { version: 1, note: "Spelled Gujranwalla by some wires" }));
  const entity = await withProjectAccess(f.owner.id, f.slug, (access) => createEntity(access, { typeId: f.labels.organization, name: "Lashkar-e-Taiba", aliases: ["LeT", "Army of the Righteous"] }));
  const evidence = await db.evidence.create({ data: { claimId: claim.id, url: "https://example.org/pib", title: "Press Information Bureau transcript", stance: "SUPPORTS", createdById: f.reviewer.id } });
  const comment = await withProjectAccess(f.reviewer.id, f.slug, (access) => createComment(access, claim.id, { body: "Which officials? The transcript names none." }));
  return { ...f, other, claim, mention, entity, evidence, comment };
}

async function search(userId: string, slug: string, input: Record<string, unknown>): Promise<SearchHit[]> {
  return (await searchProject(await requireProjectAccess(userId, slug), input)).hits;
}

const keys = (hits: readonly SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);
const marked = (hit: SearchHit | undefined) => hit?.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase());

describe("searchProject (real Postgres)", () => {
  it("finds each kind by stemmed words, with the matched words marked in a plain-text snippet", async () => {
    const x = await searchFixture();
    const bridge = await search(x.owner.id, x.slug, { q: "searching bridges" });
    expect(keys(bridge)).toEqual([`article:${x.other.id}`]);
    expect(marked(bridge[0])).toEqual(["searched", "bridge"]);
    expect(bridge[0]!.title).toBe("Bridge collapse on the Chenab");
    // Opens at the first marked word: "searched" is code points 15–23 of the text.
    expect(bridge[0]!.href).toBe(`/projects/${x.slug}/articles/${x.other.id}?at=15-23`);

    const officials = await search(x.owner.id, x.slug, { q: "officials" });
    // The claim's note and the comment say "officials" too; the article's text does.
    expect(new Set(keys(officials))).toEqual(new Set([`claim:${x.claim.id}`, `comment:${x.comment.id}`, `article:${x.article.id}`]));
    const claimHit = officials.find((h) => h.kind === "claim")!;
    expect(claimHit.href).toBe(`/projects/${x.slug}/articles/${x.article.id}?annotation=${x.claim.id}`);
    expect(claimHit.status?.key).toBe("true");
    expect(claimHit.author?.id).toBe(x.annotator.id);
    expect(claimHit.snippet.map((p) => p.text).join("")).toBe("The meeting lasted three hours · Duration comes from anonymous officials");

    expect(keys(await search(x.owner.id, x.slug, { q: "Righteous army" }))).toEqual([`entity:${x.entity.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "wires" }))).toEqual([`note:${x.mention.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "bureau transcript" }))).toEqual([`evidence:${x.evidence.id}`]);
  });

  it("ranks a title match above a passing mention, and a phrase only where the words are adjacent", async () => {
    const x = await searchFixture();
    const third = await createTestArticle(x.project.id, "A note in passing: the Chenab was calm. Nothing else happened that day, or the next, or the one after.", x.owner.id);
    const hits = await search(x.owner.id, x.slug, { q: "Chenab", kinds: ["article"] });
    expect(keys(hits)).toEqual([`article:${x.other.id}`, `article:${third.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: '"collapsed bridge"' }))).toEqual([`article:${x.other.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: '"bridge collapsed"', kinds: ["article"] }))).toEqual([`article:${x.other.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "bridge -survivors" }))).toEqual([]);
  });

  it("is kept current by the database: edits, deletions and text revisions show at once", async () => {
    const x = await searchFixture();
    await db.annotation.update({ where: { id: x.claim.id }, data: { note: "Corroborated by a magistrate" } });
    expect(keys(await search(x.owner.id, x.slug, { q: "magistrate" }))).toEqual([`claim:${x.claim.id}`]);
    await withProjectAccess(x.annotator.id, x.slug, (access) => deleteAnnotation(access, x.claim.id, { version: 2 }));
    expect(await search(x.owner.id, x.slug, { q: "magistrate" })).toEqual([]);
    // The evidence and comment hang on the deleted claim: gone from results too.
    expect(await search(x.owner.id, x.slug, { q: "transcript" })).toEqual([]);
    await db.article.update({ where: { id: x.other.id }, data: { text: "Divers found the ferry on Wednesday." } });
    expect(keys(await search(x.owner.id, x.slug, { q: "ferry" }))).toEqual([`article:${x.other.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "survivors" }))).toEqual([]);
  });

  it("filters by kind, status, review state, annotator, outlet and date; a filter excludes kinds it cannot apply to", async () => {
    const x = await searchFixture();
    const q = "officials";
    expect(keys(await search(x.owner.id, x.slug, { q, kinds: ["comment"] }))).toEqual([`comment:${x.comment.id}`]);
    expect(new Set(keys(await search(x.owner.id, x.slug, { q, status: "true" })))).toEqual(new Set([`claim:${x.claim.id}`, `comment:${x.comment.id}`]));
    expect(await search(x.owner.id, x.slug, { q, status: "false" })).toEqual([]);
    expect(new Set(keys(await search(x.owner.id, x.slug, { q, reviewState: "PENDING" })))).toEqual(new Set([`claim:${x.claim.id}`, `comment:${x.comment.id}`]));
    expect(await search(x.owner.id, x.slug, { q, reviewState: "ACCEPTED" })).toEqual([]);
    expect(keys(await search(x.owner.id, x.slug, { q, annotator: x.reviewer.id }))).toEqual([`comment:${x.comment.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "Monday OR Tuesday", kinds: ["article"], outlet: "Dawn" }))).toEqual([`article:${x.other.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "Monday OR Tuesday", kinds: ["article"], from: "2026-03-03" }))).toEqual([`article:${x.article.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "Monday OR Tuesday", kinds: ["article"], to: "2026-03-02" }))).toEqual([`article:${x.other.id}`]);
    expect(await search(x.owner.id, x.slug, { q: "Righteous", outlet: "Dawn" })).toEqual([]);
  });

  it("applies blind mode: an annotator finds colleagues' work only where they have submitted; reviewers and viewers find all", async () => {
    const x = await searchFixture();
    await db.project.update({ where: { id: x.project.id }, data: { blindAnnotation: true } });
    const colleague = await createTestUser("Colleague");
    await db.membership.create({ data: { projectId: x.project.id, userId: colleague.id, role: "ANNOTATOR" } });
    const own = await withProjectAccess(colleague.id, x.slug, (access) => createAnnotation(access, x.article.id, { kind: "CLAIM", revision: 1, ...spanOf(x.article.text, "two officials") }));
    const everything = [`claim:${x.claim.id}`, `claim:${own.id}`, `comment:${x.comment.id}`, `article:${x.article.id}`];
    // The colleague sees their own claim and the article, not the annotator's claim or the comment on it.
    expect(new Set(keys(await search(colleague.id, x.slug, { q: "officials" })))).toEqual(new Set([`claim:${own.id}`, `article:${x.article.id}`]));
    expect(await search(colleague.id, x.slug, { q: "wires" })).toEqual([]);
    expect(await search(colleague.id, x.slug, { q: "transcript" })).toEqual([]);
    for (const person of [x.reviewer, x.owner, x.viewer]) {
      expect(new Set(keys(await search(person.id, x.slug, { q: "officials" })))).toEqual(new Set(everything));
    }
    await db.assignment.create({ data: { projectId: x.project.id, articleId: x.article.id, userId: colleague.id, status: "SUBMITTED", submittedAt: new Date() } });
    expect(new Set(keys(await search(colleague.id, x.slug, { q: "officials" })))).toEqual(new Set(everything));
  });

  it("never finds another project's rows", async () => {
    const x = await searchFixture();
    const y = await createAnnotationFixture("Rescue workers searched the bridge in another project entirely.");
    expect(keys(await search(y.owner.id, y.slug, { q: "bridge" }))).toEqual([`article:${y.article.id}`]);
    expect(keys(await search(x.owner.id, x.slug, { q: "entirely" }))).toEqual([]);
  });

  it("answers garbage with 400 or nothing, never 500", async () => {
    const x = await searchFixture();
    const token = `cd_${randomBytes(16).toString("hex")}`;
    await db.apiToken.create({ data: { userId: x.owner.id, name: "search", tokenHash: sha256Hex(token), prefix: token.slice(0, 8), scopes: [] } });
    const get = async (query: string) => {
      const request = new Request(`http://localhost/api/projects/${x.slug}/search?${query}`, { headers: { authorization: `Bearer ${token}` } });
      const response = await GET(request, { params: Promise.resolve({ slug: x.slug }) });
      return { status: response.status, body: (await response.json()) as { hits?: unknown[]; error?: unknown } };
    };
    for (const q of ["%00", "a%00b", "%01", "x".repeat(201)]) expect((await get(`q=${q}`)).status, q).toBe(400);
    for (const query of ["kind=bogus&q=a", "q=a&limit=0", "q=a&limit=999", "q=a&limit=abc", "q=a&from=yesterday", "q=a&reviewState=MAYBE", "q=a&status=%00"]) {
      expect((await get(query)).status, query).toBe(400);
    }
    for (const q of ["", "%20%20", "%26%7C!()%3A%3A*", "the%20and%20of", "%22%22%22", "-", "OR", "'%3B%20DROP%20TABLE%20%22Article%22%3B--", "%F0%9F%98%80", "a%3Ab%20c%26d", "%ED%A0%80"]) {
      const answer = await get(`q=${q}`);
      expect({ q, status: answer.status }).toEqual({ q, status: 200 });
      expect(answer.body.hits).toEqual([]);
    }
    expect(await db.article.count({ where: { projectId: x.project.id } })).toBe(2);
    const ok = await get("q=bridge&kind=article,claim&limit=5");
    expect(ok.status).toBe(200);
    expect(ok.body.hits).toHaveLength(1);
  });
});

describe("searchProject on a long article (real Postgres)", () => {
  it("finds words past the snippet window, and then shows and opens the article at its start", async () => {
    const f = await createAnnotationFixture();
    const filler = "The delegation met local officials and discussed the budget for the coming year. ".repeat(300);
    const long = await createTestArticle(f.project.id, `${filler}Finally the ferry capsized near the harbour.`, f.owner.id);
    expect(long.text.length).toBeGreaterThan(20_000);
    const hits = await search(f.owner.id, f.slug, { q: "ferry capsized" });
    expect(keys(hits)).toEqual([`article:${long.id}`]);
    expect(hits[0]!.snippet.some((p) => p.hit)).toBe(false);
    expect(hits[0]!.href).toBe(`/projects/${f.slug}/articles/${long.id}`);
  });
});
