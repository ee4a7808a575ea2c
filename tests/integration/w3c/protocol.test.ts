import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { w3cIri } from "@/lib/export/w3c-iri";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { createEntity } from "@/lib/server/entity/create-entity";
import { streamExport } from "@/lib/server/export/stream-export";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/w3c/protocol-headers";
import { PREFER_CONTAINED_DESCRIPTIONS, PREFER_CONTAINED_IRIS, PREFER_MINIMAL_CONTAINER } from "@/lib/w3c/parse-prefer";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { createTestArticle } from "../annotations/support/create-test-article";
import { spanOf } from "../annotations/support/span-of";
import { w3cRequest } from "./support/w3c-client";
import { withProjectAccess } from "@/tests/support/with-project-access";

// Walks the MUSTs of the W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/)
// against the route handlers (called as Next calls them, real Postgres), with
// API tokens. Each test names the requirements it checks.

const baseUrl = () => env().NEXTAUTH_URL ?? "http://localhost";
const prefer = (iri: string) => ({ prefer: `return=representation;include="${iri}"` });
type Json = Record<string, unknown>;

async function fixture() {
  const f = await createAnnotationFixture();
  const colleague = await createTestUser("Colleague");
  await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
  const token = async (userId: string) => (await withProjectAccess(userId, f.slug, (access) => createApiToken(access, { name: "w3c", scope: "project", expiresIn: "30" }))).secret;
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
    kind: "CLAIM", revision: 1, claimTypeId: f.labels.factual, ...spanOf(f.article.text, "police said"),
  }));
  const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
    kind: "ENTITY_MENTION", revision: 1, entityTypeId: f.labels.person, ...spanOf(f.article.text, "Hafiz Saeed"),
  }));
  const tokens = { annotator: await token(f.annotator.id), colleague: await token(colleague.id), viewer: await token(f.viewer.id), owner: await token(f.owner.id) };
  const container = w3cIri({ baseUrl: baseUrl() }, f.project, "annotations");
  const iriOf = (id: string) => w3cIri({ baseUrl: baseUrl() }, f.project, "annotations", id);
  const source = w3cIri({ baseUrl: baseUrl() }, f.project, "articles", f.article.id, "revisions", "1");
  return { ...f, colleague, claim, mention, tokens, container, iriOf, source };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

// A new claim as a W3C client would send it: a quote and a position on the article revision's IRI.
function newClaim(x: Fixture, needle: string, extraBodies: Json[] = []): Json {
  const { start, end, exact } = spanOf(x.article.text, needle);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "assessing",
    body: [{ type: "TextualBody", value: "statistical", purpose: "tagging" }, ...extraBodies],
    target: { type: "SpecificResource", source: x.source, selector: [{ type: "TextQuoteSelector", exact }, { type: "TextPositionSelector", start, end }] },
  };
}

const json = async (response: Response) => (await response.json()) as Json;

describe("W3C Web Annotation Protocol server (route handlers, real Postgres)", () => {
  it("container: GET MUST answer JSON-LD with the anno profile, Link type ldp:BasicContainer, ETag, Allow, Accept-Post, Vary Accept and Prefer; it is a BasicContainer and AnnotationCollection with total, first and last", async () => {
    const x = await fixture();
    const response = await w3cRequest("GET", x.container, { token: x.tokens.viewer });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(ANNOTATION_MEDIA_TYPE);
    expect(response.headers.get("link")).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
    expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(response.headers.get("accept-post")).toBe(ANNOTATION_MEDIA_TYPE);
    expect(response.headers.get("vary")).toBe("Accept, Prefer");
    const body = await json(response);
    expect(body).toMatchObject({ id: x.container, type: ["BasicContainer", "AnnotationCollection"], total: 2, last: `${x.container}?page=0` });
    // No preference: the first page of full descriptions is embedded.
    const first = body.first as { id: string; items: Json[] };
    expect(first.id).toBe(`${x.container}?page=0`);
    expect(first.items.map((i) => i.id)).toEqual([x.iriOf(x.mention.id), x.iriOf(x.claim.id)]);
    expect(first.items[1]).toMatchObject({ type: "Annotation", motivation: "assessing", target: { source: x.source } });
  });

  it("container: HEAD MUST answer the GET's headers without a body; OPTIONS MUST answer Allow (GET, HEAD, OPTIONS, POST) and Accept-Post", async () => {
    const x = await fixture();
    const get = await w3cRequest("GET", x.container, { token: x.tokens.viewer });
    const head = await w3cRequest("HEAD", x.container, { token: x.tokens.viewer });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    for (const name of ["content-type", "etag", "link", "allow", "vary", "accept-post"]) expect(head.headers.get(name), name).toBe(get.headers.get(name));
    const options = await w3cRequest("OPTIONS", x.container, { token: x.tokens.viewer });
    expect(options.status).toBe(200);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(options.headers.get("accept-post")).toBe(ANNOTATION_MEDIA_TYPE);
  });

  it("container: MUST honour Prefer PreferMinimalContainer (no items), PreferContainedIRIs (items are IRIs), PreferContainedDescriptions (items are annotations), saying so in Preference-Applied", async () => {
    const x = await fixture();
    const minimal = await w3cRequest("GET", x.container, { token: x.tokens.viewer, headers: prefer(PREFER_MINIMAL_CONTAINER) });
    expect(minimal.headers.get("preference-applied")).toBe("return=representation");
    expect(await json(minimal)).toMatchObject({ total: 2, first: `${x.container}?page=0`, last: `${x.container}?page=0` });
    const iris = await json(await w3cRequest("GET", x.container, { token: x.tokens.viewer, headers: prefer(PREFER_CONTAINED_IRIS) }));
    expect(iris.first).toMatchObject({ id: `${x.container}?iris=1&page=0`, items: [x.iriOf(x.mention.id), x.iriOf(x.claim.id)] });
    expect(iris.last).toBe(`${x.container}?iris=1&page=0`);
    const descriptions = await json(await w3cRequest("GET", x.container, { token: x.tokens.viewer, headers: prefer(PREFER_CONTAINED_DESCRIPTIONS) }));
    expect((descriptions.first as { items: Json[] }).items.map((i) => i.type)).toEqual(["Annotation", "Annotation"]);
    // The representation differs by preference, so does the ETag.
    const etags = new Set<string | null>();
    for (const p of [PREFER_MINIMAL_CONTAINER, PREFER_CONTAINED_IRIS, PREFER_CONTAINED_DESCRIPTIONS]) {
      etags.add((await w3cRequest("HEAD", x.container, { token: x.tokens.viewer, headers: prefer(p) })).headers.get("etag"));
    }
    expect(etags.size).toBe(3);
  });

  it("pages: MUST have partOf (with total), startIndex, next unless last, prev unless first; walking next visits every annotation once; a page past the end is 404", async () => {
    const words = Array.from({ length: 103 }, (_, i) => `w${String(i).padStart(3, "0")}`);
    const x = await fixture();
    const article = await createTestArticle(x.project.id, words.join(" "), x.owner.id);
    for (const word of words) await withProjectAccess(x.annotator.id, x.slug, (access) => createAnnotation(access, article.id, { kind: "ENTITY_MENTION", revision: 1, entityTypeId: x.labels.location, ...spanOf(article.text, word) }));
    const container = await json(await w3cRequest("GET", x.container, { token: x.tokens.viewer, headers: prefer(PREFER_MINIMAL_CONTAINER) }));
    expect(container).toMatchObject({ total: 105, first: `${x.container}?page=0`, last: `${x.container}?page=1` });
    const seen: string[] = [];
    let next: unknown = container.first;
    const pages: Json[] = [];
    while (typeof next === "string") {
      const response = await w3cRequest("GET", next, { token: x.tokens.viewer });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(ANNOTATION_MEDIA_TYPE);
      const page = await json(response);
      pages.push(page);
      expect(page).toMatchObject({ type: "AnnotationPage", id: next, partOf: { id: x.container, total: 105 } });
      seen.push(...(page.items as Json[]).map((i) => i.id as string));
      next = page.next;
    }
    expect(pages.map((p) => [p.startIndex, p.prev ?? null, p.next ?? null, (p.items as unknown[]).length])).toEqual([
      [0, null, `${x.container}?page=1`, 100],
      [100, `${x.container}?page=0`, null, 5],
    ]);
    expect(new Set(seen).size).toBe(105);
    // The IRI view pages the same annotations.
    const irisPage = await json(await w3cRequest("GET", `${x.container}?iris=1&page=1`, { token: x.tokens.viewer }));
    expect(irisPage.items).toEqual(seen.slice(100));
    expect(irisPage.prev).toBe(`${x.container}?iris=1&page=0`);
    expect((await w3cRequest("GET", `${x.container}?page=2`, { token: x.tokens.viewer })).status).toBe(404);
    expect((await w3cRequest("GET", `${x.container}?page=-1`, { token: x.tokens.viewer })).status).toBe(400);
  });

  it("annotation: GET MUST answer JSON-LD with the anno profile, an ETag, Link type ldp:Resource, Allow and Vary Accept; HEAD the same without body; OPTIONS its Allow", async () => {
    const x = await fixture();
    const iri = x.iriOf(x.claim.id);
    const response = await w3cRequest("GET", iri, { token: x.tokens.viewer });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(ANNOTATION_MEDIA_TYPE);
    expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(response.headers.get("link")).toBe('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, PUT, DELETE");
    expect(response.headers.get("vary")).toBe("Accept");
    expect(await json(response)).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", id: iri, type: "Annotation", body: [{ value: "factual", purpose: "tagging" }, { purpose: "assessing" }] });
    const head = await w3cRequest("HEAD", iri, { token: x.tokens.viewer });
    expect([head.status, await head.text(), head.headers.get("etag")]).toEqual([200, "", response.headers.get("etag")]);
    const options = await w3cRequest("OPTIONS", iri, { token: x.tokens.viewer });
    expect([options.status, options.headers.get("allow")]).toEqual([200, "GET, HEAD, OPTIONS, PUT, DELETE"]);
    // Content negotiation: JSON-LD is all there is.
    expect((await w3cRequest("GET", iri, { token: x.tokens.viewer, headers: { accept: "text/turtle" } })).status).toBe(406);
    expect((await w3cRequest("GET", x.iriOf("no-such-annotation"), { token: x.tokens.viewer })).status).toBe(404);
  });

  it("create: POST MUST answer 201 Created with Location, the annotation (with its new IRI) and an ETag; the Location resolves; it is stored through the annotation rules", async () => {
    const x = await fixture();
    const entity = await withProjectAccess(x.owner.id, x.slug, (access) => createEntity(access, { typeId: x.labels.person, name: "Hafiz Saeed" }));
    const sent = newClaim(x, "lasted three hours", [
      { type: "TextualBody", value: "true", purpose: "assessing" },
      { type: "SpecificResource", source: `${baseUrl()}/projects/${x.slug}/entities/${entity.id}`, purpose: "linking" },
    ]);
    const response = await w3cRequest("POST", x.container, { token: x.tokens.annotator, body: sent });
    expect(response.status).toBe(201);
    const location = response.headers.get("location")!;
    expect(location).toMatch(new RegExp(`^${x.container.replace(/[.?]/g, "\\$&")}/[a-z0-9]+$`));
    expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    const created = await json(response);
    expect(created.id).toBe(location);
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: location.split("/").at(-1)! }, include: { claimEntities: true } });
    expect(stored).toMatchObject({ kind: "CLAIM", authorId: x.annotator.id, claimTypeId: x.labels.statistical, statusId: x.labels.trueStatus, exact: "lasted three hours" });
    expect(stored.claimEntities.map((l) => [l.entityId, l.role])).toEqual([[entity.id, "OTHER"]]);
    expect(await db.auditLog.count({ where: { entityId: stored.id, action: "annotation.create" } })).toBe(1);
    const fetched = await w3cRequest("GET", location, { token: x.tokens.viewer });
    expect(fetched.status).toBe(200);
  });

  it("create: bad input is a 400 naming the problem and creates nothing; a viewer is refused (403); a token of another project finds nothing (404)", async () => {
    const x = await fixture();
    const before = await db.annotation.count({ where: { projectId: x.project.id } });
    const wrongQuote = newClaim(x, "police said");
    ((wrongQuote.target as Json).selector as Json[])[0] = { type: "TextQuoteSelector", exact: "not the text" };
    const cases: Array<[Json | unknown[], RegExp]> = [
      [[newClaim(x, "police said")], /one Web Annotation/],
      [{ ...newClaim(x, "police said"), motivation: "bookmarking" }, /motivation must be/],
      [{ ...newClaim(x, "police said"), body: [{ type: "TextualBody", value: "no_such_type", purpose: "tagging" }] }, /Unknown claim type "no_such_type"/],
      [{ ...newClaim(x, "police said"), target: { source: "https://elsewhere.example/doc", selector: [{ type: "TextPositionSelector", start: 0, end: 3 }, { type: "TextQuoteSelector", exact: "Haf" }] } }, /article revision of this project/],
      [{ ...newClaim(x, "police said"), target: { source: x.source, selector: [{ type: "TextQuoteSelector", exact: "police said" }] } }, /TextPositionSelector/],
      [wrongQuote, /exact/],
      [{ ...newClaim(x, "police said"), body: [{ type: "TextualBody", value: "a\u0000b", purpose: "commenting" }] }, /invisible control/],
    ];
    for (const [body, message] of cases) {
      const response = await w3cRequest("POST", x.container, { token: x.tokens.annotator, body });
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(((await json(response)).error as { message: string }).message).toMatch(message);
    }
    expect((await w3cRequest("POST", x.container, { token: x.tokens.annotator, headers: { "content-type": "text/plain" }, body: newClaim(x, "police said") })).status).toBe(400);
    expect((await w3cRequest("POST", x.container, { token: x.tokens.viewer, body: newClaim(x, "police said") })).status).toBe(403);
    const other = await fixture();
    expect((await w3cRequest("POST", x.container, { token: other.tokens.owner, body: newClaim(x, "police said") })).status).toBe(404);
    expect(await db.annotation.count({ where: { projectId: x.project.id } })).toBe(before);
  });

  it("update: PUT MUST carry If-Match (428 without), answers 412 on a stale ETag and changes nothing, and 200 with the new representation and a new ETag when current", async () => {
    const x = await fixture();
    const iri = x.iriOf(x.claim.id);
    const got = await w3cRequest("GET", iri, { token: x.tokens.annotator });
    const etag = got.headers.get("etag")!;
    const edited = { ...(await json(got)), body: [{ type: "TextualBody", value: "statistical", purpose: "tagging" }, { type: "TextualBody", value: "true", purpose: "assessing" }] };
    expect((await w3cRequest("PUT", iri, { token: x.tokens.annotator, body: edited })).status).toBe(428);
    expect((await w3cRequest("PUT", iri, { token: x.tokens.annotator, body: edited, headers: { "if-match": '"0000"' } })).status).toBe(412);
    expect((await w3cRequest("PUT", iri, { token: x.tokens.annotator, body: edited, headers: { "if-match": `W/${etag}` } })).status).toBe(412);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: x.claim.id } })).toMatchObject({ version: 1, claimTypeId: x.labels.factual });
    const put = await w3cRequest("PUT", iri, { token: x.tokens.annotator, body: edited, headers: { "if-match": etag } });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).not.toBe(etag);
    expect(await json(put)).toMatchObject({ id: iri, body: [{ value: "statistical" }, { value: "true", purpose: "assessing" }] });
    expect(await db.annotation.findUniqueOrThrow({ where: { id: x.claim.id } })).toMatchObject({ version: 2, claimTypeId: x.labels.statistical, statusId: x.labels.trueStatus });
    // The old ETag is now stale.
    expect((await w3cRequest("PUT", iri, { token: x.tokens.annotator, body: edited, headers: { "if-match": etag } })).status).toBe(412);
  });

  it("update and delete follow the annotation rules: a colleague annotator may not change another's annotation (403), a reviewer may; an id that is not the IRI is a 400", async () => {
    const x = await fixture();
    const iri = x.iriOf(x.claim.id);
    const got = await w3cRequest("GET", iri, { token: x.tokens.owner });
    const etag = got.headers.get("etag")!;
    const body = await json(got);
    expect((await w3cRequest("PUT", iri, { token: x.tokens.colleague, body, headers: { "if-match": etag } })).status).toBe(403);
    expect((await w3cRequest("DELETE", iri, { token: x.tokens.colleague })).status).toBe(403);
    expect((await w3cRequest("PUT", iri, { token: x.tokens.owner, body: { ...body, id: x.iriOf(x.mention.id) }, headers: { "if-match": etag } })).status).toBe(400);
    expect((await w3cRequest("PUT", iri, { token: x.tokens.owner, body: { ...body, motivation: "tagging" }, headers: { "if-match": etag } })).status).toBe(400);
    expect((await w3cRequest("PUT", iri, { token: x.tokens.owner, body, headers: { "if-match": "*" } })).status).toBe(200);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: x.claim.id } })).toMatchObject({ deletedAt: null });
  });

  it("delete: DELETE MUST answer 204, after which the annotation answers 404 and leaves the container; a stale If-Match is 412", async () => {
    const x = await fixture();
    const iri = x.iriOf(x.claim.id);
    expect((await w3cRequest("DELETE", iri, { token: x.tokens.annotator, headers: { "if-match": '"stale"' } })).status).toBe(412);
    const etag = (await w3cRequest("HEAD", iri, { token: x.tokens.annotator })).headers.get("etag")!;
    expect((await w3cRequest("DELETE", iri, { token: x.tokens.annotator, headers: { "if-match": etag } })).status).toBe(204);
    expect((await w3cRequest("GET", iri, { token: x.tokens.annotator })).status).toBe(404);
    expect(await json(await w3cRequest("GET", x.container, { token: x.tokens.viewer, headers: prefer(PREFER_CONTAINED_IRIS) }))).toMatchObject({ total: 1, first: { items: [x.iriOf(x.mention.id)] } });
    // Soft-deleted and audited, as through the JSON API.
    expect(await db.auditLog.count({ where: { entityId: x.claim.id, action: "annotation.delete" } })).toBe(1);
  });

  it("reads apply blind annotation: an annotator sees only their own until their assignment is submitted; viewers see pseudonyms", async () => {
    const x = await fixture();
    await db.project.update({ where: { id: x.project.id }, data: { blindAnnotation: true } });
    const colleagues = await json(await w3cRequest("GET", x.container, { token: x.tokens.colleague, headers: prefer(PREFER_CONTAINED_IRIS) }));
    expect(colleagues).toMatchObject({ total: 0, first: { items: [] } });
    expect((await w3cRequest("GET", x.iriOf(x.claim.id), { token: x.tokens.colleague })).status).toBe(404);
    await db.assignment.create({ data: { projectId: x.project.id, articleId: x.article.id, userId: x.colleague.id, status: "SUBMITTED" } });
    expect((await w3cRequest("GET", x.iriOf(x.claim.id), { token: x.tokens.colleague })).status).toBe(200);
    const seenByViewer = await json(await w3cRequest("GET", x.iriOf(x.claim.id), { token: x.tokens.viewer }));
    expect(seenByViewer.creator).toMatchObject({ name: expect.stringMatching(/^annotator-\d+$/) });
  });

  it("every IRI in a W3C export resolves: the collection, its last page, each annotation, creator, project entity and target source answer GET with 200, also pseudonymised for a viewer (issue 13, defect 5)", async () => {
    const x = await fixture();
    const entity = await withProjectAccess(x.owner.id, x.slug, (access) => createEntity(access, { typeId: x.labels.organization, name: "LeT" }));
    await withProjectAccess(x.reviewer.id, x.slug, (access) => createAnnotation(access, x.article.id, { kind: "ENTITY_MENTION", revision: 1, entityId: entity.id, ...spanOf(x.article.text, "LeT") }));
    const exportOf = async (pseudonymise: boolean) => {
      const run = await streamExport(db, {
        scope: {
          projectId: x.project.id,
          filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" },
          blindAnnotatorId: null,
        },
        format: "w3c",
        options: { includeNotes: false, pseudonymise, baseUrl: baseUrl() },
        createdAt: "2026-01-01T00:00:00.000Z",
      });
      let text = "";
      for await (const chunk of run.chunks) text += new TextDecoder().decode(chunk);
      return JSON.parse(text) as Json;
    };
    // Every string in the export that is an IRI on this server.
    const irisIn = (value: unknown): string[] =>
      typeof value === "string" ? (value.startsWith(`${baseUrl()}/`) ? [value] : []) : typeof value === "object" && value !== null ? Object.values(value).flatMap(irisIn) : [];

    for (const [pseudonymise, token] of [[false, x.tokens.owner], [true, x.tokens.viewer]] as const) {
      const collection = await exportOf(pseudonymise);
      expect(collection).toMatchObject({ id: x.container, total: 3, last: `${x.container}?page=0`, first: { partOf: x.container } });
      const iris = new Set(irisIn(collection));
      // The generator is the app itself (its home page), not a protocol resource.
      const api = [...iris].filter((iri) => iri !== `${baseUrl()}/`);
      expect(api.every((iri) => iri.startsWith(`${baseUrl()}/api/projects/${x.slug}/w3c/`))).toBe(true);
      // container, its last page, 3 annotations, 1 article revision, 2 creators, 1 entity
      expect(new Set(api).size).toBe(9);
      for (const iri of api) expect({ iri, status: (await w3cRequest("GET", iri, { token })).status }).toEqual({ iri, status: 200 });
      // Each annotation is served exactly as the export wrote it.
      for (const item of (collection.first as { items: Json[] }).items) expect(await json(await w3cRequest("GET", item.id as string, { token }))).toEqual(item);
    }
    // The article revision answers with the text the selectors index; the entity with its name.
    const revision = await w3cRequest("GET", x.source, { token: x.tokens.viewer });
    expect([revision.headers.get("content-type"), await revision.text()]).toEqual(["text/plain; charset=utf-8", x.article.text]);
    expect(await json(await w3cRequest("GET", w3cIri({ baseUrl: baseUrl() }, x.project, "entities", entity.id), { token: x.tokens.viewer }))).toMatchObject({ "@type": "Thing", name: "LeT", additionalType: "organization" });
    // A viewer sees pseudonyms only: a user id does not resolve for them, and a pseudonym never names its person.
    expect((await w3cRequest("GET", w3cIri({ baseUrl: baseUrl() }, x.project, "annotators", x.annotator.id), { token: x.tokens.viewer })).status).toBe(404);
    const pseudonymous = await json(await w3cRequest("GET", w3cIri({ baseUrl: baseUrl() }, x.project, "annotators", "annotator-1"), { token: x.tokens.owner }));
    expect(pseudonymous).toMatchObject({ type: "Person", name: "annotator-1" });
    expect((await w3cRequest("GET", w3cIri({ baseUrl: baseUrl() }, x.project, "annotators", x.outsider.id), { token: x.tokens.owner })).status).toBe(404);
  });
});
