import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { SuggestionsResult } from "@/lib/server/suggestion/list-suggestions";
import { callPredictionService } from "@/lib/server/suggestion/call-prediction-service";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { reviseArticleText } from "@/lib/server/article/revise-article-text";
import { indexSuggestionsJob } from "@/lib/jobs/handlers/index-suggestions-job";
import { createEntity } from "@/lib/server/entity/create-entity";
import { getProjectAgreement } from "@/lib/server/agreement/get-project-agreement";
import * as suggestionsRoute from "@/app/api/projects/[slug]/articles/[articleId]/suggestions/route";
import * as dismissalsRoute from "@/app/api/projects/[slug]/articles/[articleId]/suggestions/dismissals/route";
import * as predictionRoute from "@/app/api/projects/[slug]/prediction-service/route";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { readExport } from "../export/support/read-export";
import { withProjectAccess } from "@/tests/support/with-project-access";

// A small prediction service like a team's spaCy or LLM wrapper
// (docs/prediction-service.md): it finds "Monday" as a DATE-ish span and
// "police" as an ORG with the entity id it is told to return; "/slow" never
// answers in time; "/broken" answers 500; "/garbage" answers a wrong shape.
let service: ReturnType<typeof createServer>;
let baseUrl = "";
let linkedEntityId = "";
const received: Array<{ text: string; model: string; offsets: string; articleId: string }> = [];
// "/flaky" answers 500 to its first request and like "/predict" after.
let flakyRequests = 0;

function serve(request: IncomingMessage, response: ServerResponse) {
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  request.on("end", () => {
    if (request.url === "/slow") return void setTimeout(() => response.end("{}"), 5000);
    if (request.url === "/broken") return void response.writeHead(500).end("boom");
    if (request.url === "/flaky" && ++flakyRequests === 1) return void response.writeHead(500).end("cold start");
    if (request.url === "/garbage") return void response.writeHead(200, { "content-type": "application/json" }).end('{"spans":[{"start":"x"}]}');
    const input = JSON.parse(body) as { text: string; model: string; offsets: string; articleId: string };
    received.push(input);
    const cp = (s: string) => [...input.text.slice(0, input.text.indexOf(s))].length;
    const spans = [
      { start: cp("police"), end: cp("police") + 6, label: "ORG", score: 0.81, entityId: linkedEntityId },
      { start: cp("two officials"), end: cp("two officials") + 13, label: "PERSON", score: 0.55 },
    ];
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ spans }));
  });
}

beforeAll(async () => {
  service = createServer(serve);
  await new Promise<void>((resolve) => service.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => service.close(() => resolve())));

async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId: null, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}
const call = (token: string, method: string, body?: unknown) =>
  new Request("http://localhost/x", {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function setup() {
  const f = await createAnnotationFixture();
  const entity = await withProjectAccess(f.owner.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed", aliases: ["Saeed"] }));
  const police = await withProjectAccess(f.owner.id, f.slug, (access) => createEntity(access, { typeId: f.labels.organization, name: "Punjab Police" }));
  linkedEntityId = police.id;
  const tokens = { owner: await tokenFor(f.owner.id), annotator: await tokenFor(f.annotator.id), reviewer: await tokenFor(f.reviewer.id) };
  const at = { slug: f.slug, articleId: f.article.id };
  const list = async (token: string) => {
    const response = await suggestionsRoute.GET(call(token, "GET"), params(at));
    expect(response.status).toBe(200);
    return (await response.json()) as SuggestionsResult;
  };
  const setService = (token: string, body: unknown) => predictionRoute.PUT(call(token, "PUT", body), params({ slug: f.slug }));
  return { f, entity, police, tokens, at, list, setService };
}

describe("suggestions (route handlers, real Postgres, a local prediction service)", () => {
  it("offers registry names pre-linked, tagged names and check-worthy sentences, in code points", async () => {
    const { f, entity, tokens, list } = await setup();
    const { suggestions, model, revision } = await list(tokens.annotator);
    expect(revision).toBe(1);
    expect(model).toBeNull();
    const saeed = suggestions.find((s) => s.exact === "Hafiz Saeed");
    expect(saeed).toMatchObject({ kind: "ENTITY_MENTION", start: 0, end: 11, source: "registry", entityId: entity.id, entityType: "person" });
    expect(suggestions.some((s) => s.exact === "Gujranwala" && s.entityId === null)).toBe(true);
    const claim = suggestions.find((s) => s.kind === "CLAIM" && s.exact.startsWith("Hafiz Saeed met LeT"));
    expect(claim?.reason).toContain("attribution: 'said'");
    for (const s of suggestions) expect([...f.article.text].slice(s.start, s.end).join("")).toBe(s.exact);
  });

  it("shows a prediction service's spans under its name, with only this project's entities linked", async () => {
    const { police, tokens, list, setService } = await setup();
    expect((await setService(tokens.owner, { url: `${baseUrl}/predict`, modelName: "team-spacy" })).status).toBe(200);
    const { suggestions, model } = await list(tokens.annotator);
    expect(model).toEqual({ name: "team-spacy", error: null });
    expect(received.at(-1)).toMatchObject({ model: "team-spacy", offsets: "code-points" });
    expect(suggestions.find((s) => s.exact === "police")).toMatchObject({ source: "team-spacy", entityId: police.id, entityType: "organization", score: 0.81 });
    expect(suggestions.find((s) => s.exact === "two officials")).toMatchObject({ source: "team-spacy", entityId: null, entityType: "person" });
  });

  it("asks the service once per article revision and service; a failure is asked again; re-saving asks again", async () => {
    const { f, tokens, list, setService } = await setup();
    const asked = () => received.filter((r) => r.articleId === f.article.id).length;
    expect((await setService(tokens.owner, { url: `${baseUrl}/predict`, modelName: "team-spacy" })).status).toBe(200);
    const first = await list(tokens.annotator);
    expect(asked()).toBe(1);
    // A colleague opening the same revision reads the stored answer: same spans, no request.
    const again = await list(tokens.reviewer);
    expect(asked()).toBe(1);
    expect(again.model).toEqual({ name: "team-spacy", error: null });
    expect(again.suggestions.filter((s) => s.source === "team-spacy").map((s) => s.exact).sort()).toEqual(
      first.suggestions.filter((s) => s.source === "team-spacy").map((s) => s.exact).sort(),
    );
    expect(await db.predictionAnswerCache.count({ where: { articleId: f.article.id } })).toBe(1);

    // Re-saving the settings clears the stored answers: the next open asks.
    await setService(tokens.owner, { url: `${baseUrl}/predict`, modelName: "team-spacy" });
    expect(await db.predictionAnswerCache.count({ where: { articleId: f.article.id } })).toBe(0);
    await list(tokens.annotator);
    expect(asked()).toBe(2);

    // A new revision is a new key; the older revision's answer is removed.
    const text = f.article.text.replace("Monday", "Tuesday");
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text, note: "" }));
    await list(tokens.annotator);
    expect(received.at(-1)?.text).toBe(text);
    expect((await db.predictionAnswerCache.findMany({ where: { articleId: f.article.id } })).map((r) => r.revision)).toEqual([2]);

    // A failed answer is not stored: the first "/flaky" request fails, the next open asks again and succeeds.
    flakyRequests = 0;
    await setService(tokens.owner, { url: `${baseUrl}/flaky`, modelName: "team-spacy" });
    expect((await list(tokens.annotator)).model?.error).toContain("answered 500");
    expect(await db.predictionAnswerCache.count({ where: { articleId: f.article.id } })).toBe(0);
    expect((await list(tokens.annotator)).model).toEqual({ name: "team-spacy", error: null });
    expect(flakyRequests).toBe(2);
    expect(await db.predictionAnswerCache.count({ where: { articleId: f.article.id } })).toBe(1);
  });

  it("the suggestion-index job stores the service's answer ahead of the first open", async () => {
    const { f, tokens, list, setService } = await setup();
    await setService(tokens.owner, { url: `${baseUrl}/predict`, modelName: "team-spacy" });
    const before = received.length;
    await indexSuggestionsJob({ articleIds: [f.article.id] });
    expect(received.length).toBe(before + 1);
    expect((await list(tokens.annotator)).model).toEqual({ name: "team-spacy", error: null });
    expect(received.length).toBe(before + 1);
  });

  it("a slow, failing or malformed service never blocks the built-in suggestions; the error is reported", async () => {
    const { tokens, list, setService } = await setup();
    for (const [path, message] of [["/slow", "did not answer within 3 s"], ["/broken", "answered 500"], ["/garbage", "not in the documented shape"]] as const) {
      await setService(tokens.owner, { url: `${baseUrl}${path}`, modelName: "flaky" });
      const { suggestions, model } = await list(tokens.annotator);
      expect(model?.name).toBe("flaky");
      expect(model?.error).toContain(message);
      expect(suggestions.some((s) => s.source === "registry")).toBe(true);
    }
    // Nothing listens on port 9 of this machine.
    expect(await callPredictionService("http://127.0.0.1:9/", { text: "x", model: "m", articleId: "a", revision: 1 })).toEqual({
      error: "The prediction service could not be reached.",
    });
  }, 20_000);

  it("only owners set the service; bad URLs and half settings are refused with nothing changed", async () => {
    const { f, tokens, setService } = await setup();
    expect((await setService(tokens.reviewer, { url: `${baseUrl}/predict`, modelName: "x" })).status).toBe(403);
    for (const body of [{ url: "file:///etc/passwd", modelName: "x" }, { url: "javascript:alert(1)", modelName: "x" }, { url: `${baseUrl}/p`, modelName: null }, { url: `${baseUrl}/p` }]) {
      expect((await setService(tokens.owner, body)).status).toBe(400);
    }
    const project = await db.project.findUniqueOrThrow({ where: { id: f.project.id } });
    expect([project.predictionServiceUrl, project.predictionModelName]).toEqual([null, null]);
    expect(await db.auditLog.count({ where: { projectId: f.project.id, action: "project.predictionService" } })).toBe(0);
    expect((await setService(tokens.owner, { url: null, modelName: null })).status).toBe(200);
    expect(await db.auditLog.count({ where: { projectId: f.project.id, action: "project.predictionService" } })).toBe(1);
  });

  it("a dismissal is the person's own and lasts across requests (a reload)", async () => {
    const { f, tokens, at, list } = await setup();
    const saeed = (await list(tokens.annotator)).suggestions.find((s) => s.exact === "Hafiz Saeed")!;
    const dismiss = (token: string, body: unknown) => dismissalsRoute.POST(call(token, "POST", body), params(at));
    expect((await dismiss(tokens.annotator, { revision: 1, kind: saeed.kind, start: saeed.start, end: saeed.end })).status).toBe(204);
    expect((await dismiss(tokens.annotator, { revision: 1, kind: saeed.kind, start: saeed.start, end: saeed.end })).status).toBe(204);
    expect((await list(tokens.annotator)).suggestions.some((s) => s.key === saeed.key)).toBe(false);
    expect((await list(tokens.reviewer)).suggestions.some((s) => s.key === saeed.key)).toBe(true);
    for (const bad of [{ revision: 2, kind: "CLAIM", start: 0, end: 3 }, { revision: 1, kind: "CLAIM", start: 5, end: 5 }, { revision: 1, kind: "X", start: 0, end: 3 }, { revision: 1, kind: "CLAIM", start: 0, end: 99999 }]) {
      expect((await dismiss(tokens.annotator, bad)).status).toBeGreaterThanOrEqual(400);
    }
    expect(await db.suggestionDismissal.count({ where: { articleId: f.article.id } })).toBe(1);
    const viewer = await tokenFor(f.viewer.id);
    expect((await suggestionsRoute.GET(call(viewer, "GET"), params(at))).status).toBe(403);
  });

  it("an accepted suggestion records its origin; JSONL and agreement tell it apart", async () => {
    const { f, entity, tokens, list } = await setup();
    const saeed = (await list(tokens.annotator)).suggestions.find((s) => s.exact === "Hafiz Saeed")!;
    const accepted = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "ENTITY_MENTION", revision: 1, start: saeed.start, end: saeed.end, exact: saeed.exact, entityId: saeed.entityId, suggestion: { source: saeed.source },
    }));
    const human = await withProjectAccess(f.reviewer.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, start: 0, end: 11, exact: "Hafiz Saeed", entityId: entity.id }));
    const rows = await db.annotation.findMany({ where: { id: { in: [accepted.id, human.id] } }, select: { id: true, origin: true, suggestionSource: true } });
    expect(rows.find((r) => r.id === accepted.id)).toMatchObject({ origin: "SUGGESTION", suggestionSource: "registry" });
    expect(rows.find((r) => r.id === human.id)).toMatchObject({ origin: "HUMAN", suggestionSource: null });
    // Covered by the person's own annotation now: no longer suggested to them.
    expect((await list(tokens.annotator)).suggestions.some((s) => s.key === saeed.key)).toBe(false);

    const { text } = await readExport({
      scope: { projectId: f.project.id, blindAnnotatorId: null, filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" } },
      format: "jsonl",
      options: { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org" },
    });
    const spans = (JSON.parse(text.trim().split("\n")[0]!) as { spans: Array<{ id: string; origin: string; suggestion_source: string | null }> }).spans;
    expect(spans.find((s) => s.id === accepted.id)).toMatchObject({ origin: "suggestion", suggestion_source: "registry" });
    expect(spans.find((s) => s.id === human.id)).toMatchObject({ origin: "human", suggestion_source: null });

    const counted = await withProjectAccess(f.owner.id, f.slug, (access) => getProjectAgreement(access));
    const excluded = await withProjectAccess(f.owner.id, f.slug, (access) => getProjectAgreement(access, { excludeSuggestions: true }));
    expect(counted.suggestions).toEqual({ count: 1, excluded: false });
    expect(excluded.suggestions).toEqual({ count: 1, excluded: true });
    const mentionF1 = (a: typeof counted) => a.articles[0]?.mentionF1?.f1 ?? null;
    // Both marked the same span: perfect agreement, unless the accepted suggestion is left out.
    expect(mentionF1(counted)).toBe(1);
    expect(mentionF1(excluded)).toBe(0);
  });

  it("refuses a suggestion origin that is not text", async () => {
    const { f } = await setup();
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, start: 0, end: 11, exact: "Hafiz Saeed", suggestion: { source: "" } })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, start: 0, end: 11, exact: "Hafiz Saeed", suggestion: { source: "x", extra: 1 } })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.annotation.count({ where: { articleId: f.article.id } })).toBe(0);
  });
});
