import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { w3cIri } from "@/lib/export/w3c-iri";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { Role } from "@/lib/generated/prisma/enums";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { createComment } from "@/lib/server/comment/create-comment";
import { createEntity } from "@/lib/server/entity/create-entity";
import { mergeEntities } from "@/lib/server/entity/merge-entities";
import { assignArticles } from "@/lib/server/assignment/assign-articles";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { setClusterDeleted } from "@/lib/server/cluster/set-cluster-deleted";
import { rejectClusterCandidate } from "@/lib/server/cluster-candidate/reject-cluster-candidate";
import { createTestProject } from "@/tests/support/create-test-project";
import { createTestUser } from "@/tests/support/create-test-user";
import { routeRules, type AccessRule } from "@/tests/security/route-rules";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { createTestArticle } from "../annotations/support/create-test-article";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { exportFilePath } from "@/lib/jobs/export-file-path";

// Every API route method declared in tests/security/route-rules.ts, called
// as Next calls it (handlers imported from app/, API tokens, real Postgres)
// by each kind of person: viewer, annotator (the item's author), another
// annotator, reviewer, owner, a member of another project, a token bound to
// another project and one bound to this project. Those the rule allows must
// succeed (2xx); the others must be refused (a non-member always with 404)
// and change nothing (no audit row). Anonymous requests are covered in the
// browser by tests/e2e/anonymous-access.spec.ts; server actions by their
// own rule in the table (they need a session, not a token).
type Fixture = Awaited<ReturnType<typeof matrixFixture>>;
type Call = { path: string; params: Record<string, string>; body?: unknown; query?: string; headers?: Record<string, string> };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function tokenFor(userId: string, projectId: string | null = null): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId, name: "matrix", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

async function matrixFixture() {
  const f = await createAnnotationFixture();
  const colleague = await createTestUser("Colleague");
  await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
  const elsewhere = await createTestProject();
  await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id] }));
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
  await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "first" }));
  const gone = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "three hours") }));
  await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, gone.id, { version: 1 }));
  const comment = await withProjectAccess(f.annotator.id, f.slug, (access) => createComment(access, claim.id, { body: "Is this one claim or two?" }));
  const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Unnamed official" }));
  const created = await db.auditLog.findFirstOrThrow({ where: { entityId: claim.id, action: "annotation.create" } });
  // Entities for merge, undo and split: a duplicate of `entity`, and a pair
  // already merged (by the owner) whose target has the alias "Spokesman".
  const duplicate = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Official, unnamed" }));
  const spokesman = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Police spokesman" }));
  const spokesmanDuplicate = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Spokesman" }));
  const merged = await mergeEntities(await requireProjectAccess(f.owner.id, f.slug), spokesman.id, { sourceId: spokesmanDuplicate.id, sourceVersion: 1, targetVersion: 1 });
  // Clusters, all started by the annotator: one with a member (a claim of
  // theirs) and a verdict not yet applied, one deleted; a claim in another
  // article that is in no cluster; a rejected candidate for the claim.
  const otherArticle = await createTestArticle(f.project.id, "Police in Gujranwala said the meeting lasted three hours on Monday.", f.owner.id);
  const otherClaim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, otherArticle.id, { kind: "CLAIM", revision: 1, ...spanOf(otherArticle.text, "the meeting lasted three hours") }));
  const memberClaim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "lasted three hours") }));
  const asAnnotator = await requireProjectAccess(f.annotator.id, f.slug);
  const cluster = await createCluster(asAnnotator, { title: "The meeting", statement: "The meeting lasted three hours.", members: [{ annotationId: memberClaim.id, stance: "SAME" }] });
  await db.claimCluster.update({ where: { id: cluster.id }, data: { statusId: f.labels.trueStatus } });
  const deletedCluster = await createCluster(asAnnotator, { title: "Gone" });
  await setClusterDeleted(asAnnotator, deletedCluster.id, { version: 1 }, true);
  const rejected = { articleId: otherArticle.id, start: 0, end: 6 };
  const { rejection } = await rejectClusterCandidate(asAnnotator, claim.id, rejected);
  const people: Record<string, { userId: string; role: Role | null; token: string }> = {
    viewer: { userId: f.viewer.id, role: "VIEWER", token: await tokenFor(f.viewer.id) },
    annotator: { userId: f.annotator.id, role: "ANNOTATOR", token: await tokenFor(f.annotator.id) },
    colleague: { userId: colleague.id, role: "ANNOTATOR", token: await tokenFor(colleague.id) },
    reviewer: { userId: f.reviewer.id, role: "REVIEWER", token: await tokenFor(f.reviewer.id) },
    owner: { userId: f.owner.id, role: "OWNER", token: await tokenFor(f.owner.id) },
    "owner, token bound to this project": { userId: f.owner.id, role: "OWNER", token: await tokenFor(f.owner.id, f.project.id) },
    "owner, token bound to another project": { userId: f.owner.id, role: null, token: await tokenFor(f.owner.id, elsewhere.project.id) },
    "member of another project": { userId: elsewhere.owner.id, role: null, token: await tokenFor(elsewhere.owner.id) },
  };
  // A finished background export of the annotator's, with its file.
  const job = await db.backgroundJob.create({
    data: { projectId: f.project.id, createdById: f.annotator.id, kind: "export", state: "COMPLETED", maxAttempts: 3, input: {}, finishedAt: new Date(), result: { fileName: "claimdesk.jsonl", mediaType: "application/x-ndjson", bytes: 3, manifest: {} } },
  });
  const jobFile = exportFilePath(job.id, "claimdesk.jsonl");
  await mkdir(dirname(jobFile), { recursive: true });
  await writeFile(jobFile, "{}\n");
  const clusters = { cluster, memberId: cluster.members[0]!.id, deletedCluster, otherClaim, rejected, rejectionId: rejection.id };
  const entities = { duplicate, merged };
  return { ...f, job, colleague, claim, gone, comment, entity, entities, createdEntryId: String(created.id), clusters, people };
}

const base = (x: Fixture) => ({ slug: x.slug });
const onClaim = (x: Fixture) => ({ slug: x.slug, annotationId: x.claim.id });
const onArticle = (x: Fixture) => ({ slug: x.slug, articleId: x.article.id });
const onCluster = (x: Fixture) => ({ slug: x.slug, clusterId: x.clusters.cluster.id });
const onMember = (x: Fixture) => ({ ...onCluster(x), memberId: x.clusters.memberId });
const doccano = (x: Fixture) => ({ files: [{ name: "spans.jsonl", content: JSON.stringify({ text: x.article.text, label: [[0, 11, "person"]] }) }] });
// The claim as a W3C client PUTs it back (on the IRIs the protocol server writes).
const w3cClaim = (x: Fixture) => {
  const { start, end, exact } = spanOf(x.article.text, "police said");
  const source = w3cIri({ baseUrl: env().NEXTAUTH_URL ?? "http://localhost" }, x.project, "articles", x.article.id, "revisions", "1");
  return { type: "Annotation", motivation: "assessing", target: { source, selector: [{ type: "TextQuoteSelector", exact }, { type: "TextPositionSelector", start, end }] } };
};
const newArticle = { files: [{ name: "new.txt", content: "A new article arrived on Tuesday. It has two sentences." }] };

// A valid request for each route: what the allowed people send successfully.
const calls: Record<string, (x: Fixture) => Call> = {
  "GET /api/inbox": () => ({ path: "/api/inbox", params: {} }),
  "POST /api/inbox/read": () => ({ path: "/api/inbox/read", params: {}, body: { all: true } }),
  "GET /api/projects": () => ({ path: "/api/projects", params: {} }),
  "POST /api/projects": () => ({ path: "/api/projects", params: {}, body: { name: "Matrix", slug: `m-${randomBytes(5).toString("hex")}` } }),
  "GET /api/projects/[slug]/agreement": (x) => ({ path: "agreement", params: base(x) }),
  "GET /api/projects/[slug]/annotations/[annotationId]/comments": (x) => ({ path: "comments", params: onClaim(x) }),
  "POST /api/projects/[slug]/annotations/[annotationId]/comments": (x) => ({ path: "comments", params: onClaim(x), body: { body: "Two, I think." } }),
  "PATCH /api/projects/[slug]/annotations/[annotationId]/comments/[commentId]": (x) => ({ path: "comment", params: { ...onClaim(x), commentId: x.comment.id }, body: { body: "Edited." } }),
  "DELETE /api/projects/[slug]/annotations/[annotationId]/comments/[commentId]": (x) => ({ path: "comment", params: { ...onClaim(x), commentId: x.comment.id } }),
  "GET /api/projects/[slug]/annotations/[annotationId]/cluster-candidates": (x) => ({ path: "cluster-candidates", params: onClaim(x), query: "?limit=5" }),
  "POST /api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections": (x) => ({ path: "rejections", params: onClaim(x), body: { annotationId: x.clusters.otherClaim.id } }),
  "DELETE /api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections": (x) => ({ path: "rejections", params: onClaim(x), body: x.clusters.rejected }),
  "DELETE /api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections/[rejectionId]": (x) => ({ path: "rejection", params: { ...onClaim(x), rejectionId: x.clusters.rejectionId } }),
  "GET /api/projects/[slug]/annotations/[annotationId]/history": (x) => ({ path: "history", params: onClaim(x) }),
  "POST /api/projects/[slug]/annotations/[annotationId]/history/restore": (x) => ({ path: "history/restore", params: onClaim(x), body: { entryId: x.createdEntryId, version: 2 } }),
  "POST /api/projects/[slug]/annotations/[annotationId]/restore": (x) => ({ path: "restore", params: { slug: x.slug, annotationId: x.gone.id }, body: { version: 2 } }),
  "GET /api/projects/[slug]/annotations/[annotationId]/reviews": (x) => ({ path: "reviews", params: onClaim(x) }),
  "POST /api/projects/[slug]/annotations/[annotationId]/reviews": (x) => ({ path: "reviews", params: onClaim(x), body: { decision: "ACCEPT", version: 2 } }),
  "PATCH /api/projects/[slug]/annotations/[annotationId]": (x) => ({ path: "annotation", params: onClaim(x), body: { version: 2, note: "second" } }),
  "DELETE /api/projects/[slug]/annotations/[annotationId]": (x) => ({ path: "annotation", params: onClaim(x), query: "?version=2" }),
  "GET /api/projects/[slug]/articles": (x) => ({ path: "articles", params: base(x) }),
  "GET /api/projects/[slug]/articles/[articleId]": (x) => ({ path: "article", params: onArticle(x) }),
  "GET /api/projects/[slug]/articles/[articleId]/agreement": (x) => ({ path: "article agreement", params: onArticle(x) }),
  "GET /api/projects/[slug]/articles/[articleId]/annotations": (x) => ({ path: "annotations", params: onArticle(x) }),
  "POST /api/projects/[slug]/articles/[articleId]/annotations": (x) => ({ path: "annotations", params: onArticle(x), body: { kind: "CLAIM", revision: 1, ...spanOf(x.article.text, "Gujranwala") } }),
  "GET /api/projects/[slug]/articles/[articleId]/assignments/mine": (x) => ({ path: "mine", params: onArticle(x) }),
  "POST /api/projects/[slug]/articles/[articleId]/assignments/mine": (x) => ({ path: "mine", params: onArticle(x), body: { action: "start" } }),
  "GET /api/projects/[slug]/articles/[articleId]/events": (x) => ({ path: "events", params: onArticle(x) }),
  "POST /api/projects/[slug]/articles/[articleId]/presence": (x) => ({ path: "presence", params: onArticle(x), body: { connectionId: randomUUID(), selectedAnnotationId: null } }),
  "GET /api/projects/[slug]/articles/[articleId]/suggestions": (x) => ({ path: "suggestions", params: onArticle(x) }),
  "POST /api/projects/[slug]/articles/[articleId]/suggestions/dismissals": (x) => ({ path: "dismissals", params: onArticle(x), body: { revision: 1, kind: "ENTITY_MENTION", start: 0, end: 4 } }),
  "GET /api/projects/[slug]/articles/[articleId]/revisions": (x) => ({ path: "revisions", params: onArticle(x) }),
  "POST /api/projects/[slug]/articles/[articleId]/revisions": (x) => ({ path: "revisions", params: onArticle(x), body: { baseRevision: 1, text: `${x.article.text}\n\nA paragraph added later.`, note: "" } }),
  "PUT /api/projects/[slug]/prediction-service": (x) => ({ path: "prediction-service", params: base(x), body: { url: null, modelName: null } }),
  "GET /api/projects/[slug]/assignments": (x) => ({ path: "assignments", params: base(x) }),
  "POST /api/projects/[slug]/assignments": (x) => ({ path: "assignments", params: base(x), body: { articleIds: [x.article.id], userIds: [x.colleague.id] } }),
  "DELETE /api/projects/[slug]/assignments": (x) => ({ path: "assignments", params: base(x), body: { articleIds: [x.article.id], userIds: [x.annotator.id] } }),
  "POST /api/projects/[slug]/assignments/auto": (x) => ({ path: "auto", params: base(x), body: { articleIds: [x.article.id], target: 2 } }),
  "GET /api/projects/[slug]/assignments/mine": (x) => ({ path: "my queue", params: base(x) }),
  "GET /api/projects/[slug]/assignments/progress": (x) => ({ path: "progress", params: base(x) }),
  "PUT /api/projects/[slug]/assignments/required": (x) => ({ path: "required", params: base(x), body: { articleIds: [x.article.id], required: 3 } }),
  "PATCH /api/projects/[slug]/assignments/settings": (x) => ({ path: "settings", params: base(x), body: { defaultAnnotatorsPerArticle: 3 } }),
  "GET /api/projects/[slug]/clusters": (x) => ({ path: "clusters", params: base(x), query: `?articleId=${x.article.id}` }),
  "POST /api/projects/[slug]/clusters": (x) => ({ path: "clusters", params: base(x), body: { title: "Police statement", members: [{ annotationId: x.clusters.otherClaim.id, stance: "SAME" }] } }),
  "GET /api/projects/[slug]/clusters/events": (x) => ({ path: "cluster events", params: base(x) }),
  "GET /api/projects/[slug]/clusters/[clusterId]": (x) => ({ path: "cluster", params: onCluster(x) }),
  "PATCH /api/projects/[slug]/clusters/[clusterId]": (x) => ({ path: "cluster", params: onCluster(x), body: { version: 1, title: "The meeting in Gujranwala" } }),
  "DELETE /api/projects/[slug]/clusters/[clusterId]": (x) => ({ path: "cluster", params: onCluster(x), query: "?version=1" }),
  "POST /api/projects/[slug]/clusters/[clusterId]/restore": (x) => ({ path: "restore", params: { slug: x.slug, clusterId: x.clusters.deletedCluster.id }, body: { version: 2 } }),
  "POST /api/projects/[slug]/clusters/[clusterId]/apply-verdict": (x) => ({ path: "apply-verdict", params: onCluster(x), body: { version: 1 } }),
  "GET /api/projects/[slug]/clusters/[clusterId]/comments": (x) => ({ path: "cluster comments", params: onCluster(x) }),
  "POST /api/projects/[slug]/clusters/[clusterId]/comments": (x) => ({ path: "cluster comments", params: onCluster(x), body: { body: "Same meeting?" } }),
  "GET /api/projects/[slug]/clusters/[clusterId]/history": (x) => ({ path: "cluster history", params: onCluster(x) }),
  "POST /api/projects/[slug]/clusters/[clusterId]/members": (x) => ({ path: "members", params: onCluster(x), body: { annotationId: x.clusters.otherClaim.id, stance: "CORROBORATES" } }),
  "PATCH /api/projects/[slug]/clusters/[clusterId]/members/[memberId]": (x) => ({ path: "member", params: onMember(x), body: { version: 1, stance: "ATTRIBUTES" } }),
  "DELETE /api/projects/[slug]/clusters/[clusterId]/members/[memberId]": (x) => ({ path: "member", params: onMember(x), query: "?version=1" }),
  "POST /api/projects/[slug]/clusters/[clusterId]/members/[memberId]/reviews": (x) => ({ path: "member review", params: onMember(x), body: { decision: "ACCEPT", version: 1 } }),
  "GET /api/projects/[slug]/entities": (x) => ({ path: "entities", params: base(x) }),
  "POST /api/projects/[slug]/entities": (x) => ({ path: "entities", params: base(x), body: { typeId: x.labels.person, name: "Another official" } }),
  "PATCH /api/projects/[slug]/entities/[entityId]": (x) => ({ path: "entity", params: { slug: x.slug, entityId: x.entity.id }, body: { version: 1, name: "Renamed official" } }),
  "DELETE /api/projects/[slug]/entities/[entityId]": (x) => ({ path: "entity", params: { slug: x.slug, entityId: x.entity.id }, query: "?version=1" }),
  "GET /api/projects/[slug]/entities/[entityId]/events": (x) => ({ path: "entity events", params: { slug: x.slug, entityId: x.entity.id } }),
  "POST /api/projects/[slug]/entities/[entityId]/merge": (x) => ({ path: "merge", params: { slug: x.slug, entityId: x.entity.id }, body: { sourceId: x.entities.duplicate.id, sourceVersion: 1, targetVersion: 1 } }),
  "POST /api/projects/[slug]/entities/[entityId]/merge/undo": (x) => ({ path: "merge/undo", params: { slug: x.slug, entityId: x.entities.merged.target.id }, body: { mergeId: x.entities.merged.mergeId } }),
  "POST /api/projects/[slug]/entities/[entityId]/split": (x) => ({ path: "split", params: { slug: x.slug, entityId: x.entities.merged.target.id }, body: { version: 2, alias: "Spokesman" } }),
  "GET /api/projects/[slug]/exports": (x) => ({ path: "exports", params: base(x), query: "?format=jsonl" }),
  "POST /api/projects/[slug]/imports/annotations/commit": (x) => ({ path: "import", params: base(x), body: doccano(x) }),
  "POST /api/projects/[slug]/imports/annotations/preview": (x) => ({ path: "import", params: base(x), body: doccano(x) }),
  "POST /api/projects/[slug]/imports/articles/commit": (x) => ({ path: "import", params: base(x), body: newArticle }),
  "POST /api/projects/[slug]/imports/articles/preview": (x) => ({ path: "import", params: base(x), body: newArticle }),
  "POST /api/projects/[slug]/jobs/article-import": (x) => ({ path: "import job", params: base(x), body: newArticle }),
  "POST /api/projects/[slug]/jobs/export": (x) => ({ path: "export job", params: base(x), body: { query: { format: "jsonl" } } }),
  "GET /api/projects/[slug]/jobs/[jobId]": (x) => ({ path: "job", params: { slug: x.slug, jobId: x.job.id } }),
  "GET /api/projects/[slug]/jobs/[jobId]/file": (x) => ({ path: "job file", params: { slug: x.slug, jobId: x.job.id } }),
  "GET /api/projects/[slug]/labels": (x) => ({ path: "labels", params: base(x) }),
  "GET /api/projects/[slug]/reviews": (x) => ({ path: "reviews", params: base(x) }),
  "GET /api/projects/[slug]/search": (x) => ({ path: "search", params: base(x), query: "?q=police" }),
  "GET /api/projects/[slug]/w3c/annotations": (x) => ({ path: "w3c container", params: base(x) }),
  "POST /api/projects/[slug]/w3c/annotations": (x) => ({ path: "w3c container", params: base(x), body: w3cClaim(x) }),
  "GET /api/projects/[slug]/w3c/annotations/[annotationId]": (x) => ({ path: "w3c annotation", params: onClaim(x) }),
  "PUT /api/projects/[slug]/w3c/annotations/[annotationId]": (x) => ({ path: "w3c annotation", params: onClaim(x), body: w3cClaim(x), headers: { "if-match": "*" } }),
  "DELETE /api/projects/[slug]/w3c/annotations/[annotationId]": (x) => ({ path: "w3c annotation", params: onClaim(x) }),
  "GET /api/projects/[slug]/w3c/articles/[articleId]/revisions/[revision]": (x) => ({ path: "w3c revision", params: { ...onArticle(x), revision: "1" } }),
  // The claim's author by pseudonym, which every member (viewers too) resolves.
  "GET /api/projects/[slug]/w3c/annotators/[annotatorId]": (x) => ({ path: "w3c annotator", params: { slug: x.slug, annotatorId: "annotator-1" } }),
  "GET /api/projects/[slug]/w3c/entities/[entityId]": (x) => ({ path: "w3c entity", params: { slug: x.slug, entityId: x.entity.id } }),
};

// Who the rule lets through. The item belongs to "annotator" (author of the
// claim, the comment and the entity, assignee of the article, starter of the
// clusters and adder of the cluster's member).
function allows(rule: AccessRule, key: string, person: string, role: Role | null): boolean {
  if (rule.kind === "signed-in") return !(key === "POST /api/projects" && person.includes("token bound"));
  if (rule.kind !== "project" || !role || !can(role, rule.action)) return false;
  if (rule.item === "author" || rule.item === "assignee") return person === "annotator";
  if (rule.item === "own") return person === "annotator" || can(role, "annotations.editAny");
  if (rule.item === "not-own") return person !== "annotator";
  return true;
}

async function send(key: string, x: Fixture, token: string): Promise<Response> {
  const [method, pattern] = key.split(" ") as [string, string];
  const routeFile = `@/app${pattern}/route`;
  const mod = (await import(/* @vite-ignore */ routeFile)) as Record<string, Handler>;
  const call = calls[key]!(x);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...call.headers };
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost/api/matrix${call.query ?? ""}`, { method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  const response = await mod[method]!(request, { params: Promise.resolve(call.params) });
  // Streams (events, exports) are not read to the end.
  await response.body?.cancel();
  return response;
}

const apiRules = Object.entries(routeRules).filter(([key, rule]) => key.startsWith("GET /api/") || /^(POST|PUT|PATCH|DELETE) \/api\//.test(key) ? rule.kind !== "public" : false);

describe("permissions matrix: every API route method for every kind of person (real Postgres)", () => {
  // Background exports' files go to a folder of this run's own.
  let savedExportDir: string | undefined;
  beforeAll(async () => {
    savedExportDir = process.env.EXPORT_DIR;
    process.env.EXPORT_DIR = await mkdtemp(join(tmpdir(), "claimdesk-matrix-exports-"));
  });
  afterAll(() => {
    if (savedExportDir === undefined) delete process.env.EXPORT_DIR;
    else process.env.EXPORT_DIR = savedExportDir;
  });

  it("has a valid request for every API rule", () => {
    expect(apiRules.map(([key]) => key).filter((key) => !calls[key])).toEqual([]);
  });

  for (const [key, rule] of apiRules) {
    it(key, async () => {
      const denied = await matrixFixture();
      const audits = await db.auditLog.count({ where: { projectId: denied.project.id } });
      const outcomes: Record<string, number> = {};
      const allowedPeople: string[] = [];
      for (const [person, who] of Object.entries(denied.people)) {
        if (allows(rule, key, person, who.role)) {
          allowedPeople.push(person);
          continue;
        }
        outcomes[person] = (await send(key, denied, who.token)).status;
      }
      // Refused: non-members and foreign tokens see no project (404); members
      // without the right get 403, or 404 where even existence is theirs only.
      for (const [person, status] of Object.entries(outcomes)) {
        const member = denied.people[person]!.role !== null;
        const expected = rule.kind === "signed-in" ? 403 : member ? expect.toBeOneOf([403, 404]) : 404;
        expect({ person, status }).toEqual({ person, status: expected });
      }
      expect(await db.auditLog.count({ where: { projectId: denied.project.id } })).toBe(audits);
      // Allowed: each on a fresh fixture, since a success changes it.
      for (const person of allowedPeople) {
        const x = await matrixFixture();
        const status = (await send(key, x, x.people[person]!.token)).status;
        // Presence needs an open event stream of the caller's own: without
        // one the allowed answer is 404, never 401/403.
        // Starting a background job answers 202 Accepted.
        const ok = key.endsWith("/presence") ? [204, 404] : [200, 201, 202, 204];
        expect({ person, status }).toEqual({ person, status: expect.toBeOneOf(ok) });
      }
      expect(allowedPeople.length + Object.keys(outcomes).length).toBe(8);
    });
  }
});
