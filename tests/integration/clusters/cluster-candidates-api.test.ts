import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import type { ClusterCandidateDTO } from "@/lib/clusters/candidates/cluster-candidate-dto";
import * as candidatesRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/cluster-candidates/route";
import * as rejectionsRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections/route";
import * as rejectionRoute from "@/app/api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections/[rejectionId]/route";
import { createDemoCorpusProject, markClaim, rangeOf, type CorpusArticle } from "./support/demo-corpus-project";

// The cluster-candidates API as Next calls it, authenticated by API token:
// roles, blind annotation, 4xx on bad input, remembered rejections.
async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId: null, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}

function call(token: string, method: string, path: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
}
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

type Project = Awaited<ReturnType<typeof createDemoCorpusProject>>;

describe("cluster-candidates API (handlers called directly, real Postgres)", () => {
  let f: Project;
  let art: (file: string) => CorpusArticle;
  let claimId: string;
  let colleagueClaimId: string;
  let tokens: Record<"owner" | "annotator" | "viewer" | "outsider" | "colleague", string>;
  let colleague: { id: string };
  const QUERY = "In February 2025, he travelled to PoK days before a terror strike in Pahalgam, India";
  const COLLEAGUE_QUOTE = "In February 2025, he visited Pakistan-occupied Kashmir (PoK) along with other Hamas officials, days before the Pahalgam terror attack.";

  beforeAll(async () => {
    f = await createDemoCorpusProject({ registry: true });
    art = (file) => f.articles.find((a) => a.file === file)!;
    colleague = await db.user.create({ data: { email: `colleague.${randomBytes(4).toString("hex")}@test.example`, name: "Colleague" } });
    await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
    claimId = await markClaim(f.project.id, f.annotator.id, art("article-000.txt"), QUERY);
    colleagueClaimId = await markClaim(f.project.id, colleague.id, art("article-001.txt"), COLLEAGUE_QUOTE);
    tokens = {
      owner: await tokenFor(f.owner.id),
      annotator: await tokenFor(f.annotator.id),
      viewer: await tokenFor(f.viewer.id),
      outsider: await tokenFor(f.outsider.id),
      colleague: await tokenFor(colleague.id),
    };
  }, 120_000);

  const base = () => `/api/projects/${f.project.slug}/annotations`;
  const get = async (token: string, id: string, query = "") => {
    const response = await candidatesRoute.GET(call(token, "GET", `${base()}/${id}/cluster-candidates${query}`), params({ slug: f.project.slug, annotationId: id }));
    return { status: response.status, body: (await response.json()) as { candidates: ClusterCandidateDTO[]; error?: { code: string; message: string } } };
  };

  it("answers best first, other articles only, with a colleague's overlapping claim as a claim and reasons", async () => {
    const { status, body } = await get(tokens.viewer, claimId, "?limit=5");
    expect(status).toBe(200);
    expect(body.candidates).toHaveLength(5);
    // Best first (a second sentence of one outlet may yield to another outlet's best: diversifyByArticle).
    expect(body.candidates[0]!.score).toBe(Math.max(...body.candidates.map((c) => c.score)));
    expect(body.candidates.every((c) => c.articleId !== art("article-000.txt").id)).toBe(true);
    const claim = body.candidates.find((c) => c.kind === "claim");
    expect(claim).toMatchObject({ annotationId: colleagueClaimId, articleId: art("article-001.txt").id, text: COLLEAGUE_QUOTE });
    // The colleague's sentence is not listed a second time as a passage.
    const range = rangeOf(art("article-001.txt").text, COLLEAGUE_QUOTE);
    expect(body.candidates.filter((c) => c.kind === "passage" && c.articleId === art("article-001.txt").id && c.start < range.end && range.start < c.end)).toEqual([]);
    expect(claim!.reasons).toContainEqual({ kind: "date", match: true, query: "February 2025", candidate: "February 2025" });
    expect(claim!.reasons).toContainEqual({ kind: "paraphrase", query: "travelled", candidate: "visited" });
    const passage = body.candidates.find((c) => c.kind === "passage")!;
    expect(passage.annotationId).toBeUndefined();
    const weeks = body.candidates.find((c) => c.text.includes("weeks prior"));
    expect(weeks?.reasons).toContainEqual({ kind: "date", match: false, query: "days before", candidate: "weeks prior" });
  });

  it("a blinded annotator never sees a colleague's claim, only the passage under it; nor can they query a colleague's claim", async () => {
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    try {
      const { body } = await get(tokens.annotator, claimId, "?limit=10");
      expect(body.candidates.some((c) => c.annotationId === colleagueClaimId)).toBe(false);
      const range = rangeOf(art("article-001.txt").text, COLLEAGUE_QUOTE);
      expect(body.candidates.find((c) => c.articleId === art("article-001.txt").id && c.start <= range.start && range.end <= c.end)?.kind).toBe("passage");
      expect((await get(tokens.annotator, colleagueClaimId)).status).toBe(404);
      // Once their assignment on that article is submitted, the claim shows.
      await db.assignment.create({ data: { projectId: f.project.id, articleId: art("article-001.txt").id, userId: f.annotator.id, status: "SUBMITTED" } });
      const after = await get(tokens.annotator, claimId, "?limit=10");
      expect(after.body.candidates.some((c) => c.annotationId === colleagueClaimId)).toBe(true);
      // Reviewers and owners are never blinded.
      expect((await get(tokens.owner, colleagueClaimId)).status).toBe(200);
    } finally {
      await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: false } });
      await db.assignment.deleteMany({ where: { projectId: f.project.id } });
    }
  });

  // (Requests without credentials are turned away by authenticateApiRequest, tested with the other routes.)
  it("404 for outsiders, unknown claims and entity mentions, 400 for a bad limit", async () => {
    expect((await get(tokens.outsider, claimId)).status).toBe(404);
    expect((await get(tokens.viewer, "nope")).status).toBe(404);
    const mention = await db.annotation.create({
      data: { projectId: f.project.id, articleId: art("article-000.txt").id, revision: 1, kind: "ENTITY_MENTION", start: 0, end: 1, exact: art("article-000.txt").text[0]!, authorId: f.annotator.id },
    });
    expect((await get(tokens.viewer, mention.id)).status).toBe(404);
    for (const bad of ["?limit=0", "?limit=51", "?limit=abc", "?limit=2.5"]) {
      const { status, body } = await get(tokens.viewer, claimId, bad);
      expect(status).toBe(400);
      expect(body.error?.message).toMatch(/limit/);
    }
  });

  it("rejections: annotators record one (audited, idempotent), it is not suggested again, and undoing brings it back", async () => {
    const path = `${base()}/${claimId}/cluster-candidates/rejections`;
    const at = params({ slug: f.project.slug, annotationId: claimId });
    const { body: before } = await get(tokens.annotator, claimId, "?limit=10");
    const passage = before.candidates.find((c) => c.kind === "passage")!;
    const target = { articleId: passage.articleId, start: passage.start, end: passage.end };

    expect((await rejectionsRoute.POST(call(tokens.viewer, "POST", path, target), at)).status).toBe(403);
    const first = await rejectionsRoute.POST(call(tokens.annotator, "POST", path, target), at);
    expect(first.status).toBe(201);
    const { rejection } = (await first.json()) as { rejection: { id: string } };
    expect((await rejectionsRoute.POST(call(tokens.annotator, "POST", path, target), at)).status).toBe(200);
    expect(await db.clusterCandidateRejection.count({ where: { claimId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "cluster-candidate.reject", entityId: rejection.id } })).toBe(1);

    const claimTarget = { annotationId: colleagueClaimId };
    expect((await rejectionsRoute.POST(call(tokens.annotator, "POST", path, claimTarget), at)).status).toBe(201);
    const { body: after } = await get(tokens.annotator, claimId, "?limit=50");
    expect(after.candidates.some((c) => c.articleId === passage.articleId && c.start === passage.start)).toBe(false);
    expect(after.candidates.some((c) => c.annotationId === colleagueClaimId)).toBe(false);

    const undo = await rejectionsRoute.DELETE(call(tokens.annotator, "DELETE", path, target), at);
    expect(undo.status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "cluster-candidate.unreject", entityId: rejection.id } })).toBe(1);
    const byId = await db.clusterCandidateRejection.findFirstOrThrow({ where: { claimId, targetAnnotationId: colleagueClaimId } });
    const undoById = await rejectionRoute.DELETE(call(tokens.annotator, "DELETE", `${path}/${byId.id}`), params({ slug: f.project.slug, annotationId: claimId, rejectionId: byId.id }));
    expect(undoById.status).toBe(200);
    const { body: restored } = await get(tokens.annotator, claimId, "?limit=50");
    expect(restored.candidates.some((c) => c.articleId === passage.articleId && c.start === passage.start)).toBe(true);
    expect(restored.candidates.some((c) => c.annotationId === colleagueClaimId)).toBe(true);
    expect((await rejectionsRoute.DELETE(call(tokens.annotator, "DELETE", path, target), at)).status).toBe(404);
  });

  it("bad rejection input is a 4xx and stores nothing", async () => {
    const path = `${base()}/${claimId}/cluster-candidates/rejections`;
    const at = params({ slug: f.project.slug, annotationId: claimId });
    const own = art("article-000.txt");
    const other = art("article-002.txt");
    const bads: unknown[] = [
      {},
      { annotationId: "" },
      { annotationId: claimId },
      { annotationId: "missing" },
      { articleId: other.id, start: 5, end: 5 },
      { articleId: other.id, start: -1, end: 5 },
      { articleId: other.id, start: 0, end: 10_000_000 },
      { articleId: other.id, start: 0, end: [...other.text].length + 1 },
      { articleId: own.id, start: 0, end: 10 },
      { articleId: "missing", start: 0, end: 10 },
      { articleId: other.id, start: 0, end: 10, extra: true },
      "not json",
    ];
    const before = await db.clusterCandidateRejection.count();
    for (const body of bads) {
      const response = await rejectionsRoute.POST(call(tokens.annotator, "POST", path, body), at);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
    }
    expect(await db.clusterCandidateRejection.count()).toBe(before);
    const outsider = await rejectionsRoute.POST(call(tokens.outsider, "POST", path, { annotationId: colleagueClaimId }), at);
    expect(outsider.status).toBe(404);
  });

  it("leaves out members of the claim's own cluster and names the cluster another candidate is already in", async () => {
    const ownCluster = await db.claimCluster.create({ data: { projectId: f.project.id, title: "PoK visit" } });
    await db.claimClusterMember.createMany({
      data: [
        { clusterId: ownCluster.id, annotationId: claimId },
        { clusterId: ownCluster.id, annotationId: colleagueClaimId },
      ],
    });
    const weeksQuote = "in February 2025, just weeks prior to the Pahalgam terror attack, he traveled to Pakistan-occupied Kashmir (PoK) with a Hamas delegation";
    const weeksClaim = await markClaim(f.project.id, f.owner.id, art("article-003.txt"), weeksQuote);
    const otherCluster = await db.claimCluster.create({ data: { projectId: f.project.id, title: "Weeks prior" } });
    await db.claimClusterMember.create({ data: { clusterId: otherCluster.id, annotationId: weeksClaim } });
    try {
      const { body } = await get(tokens.owner, claimId, "?limit=50");
      expect(body.candidates.some((c) => c.annotationId === colleagueClaimId)).toBe(false);
      // Nor its sentence as a passage: the member's words are already in the cluster.
      const range = rangeOf(art("article-001.txt").text, COLLEAGUE_QUOTE);
      expect(body.candidates.some((c) => c.articleId === art("article-001.txt").id && c.start < range.end && range.start < c.end)).toBe(false);
      const weeks = body.candidates.find((c) => c.annotationId === weeksClaim);
      expect(weeks).toMatchObject({ kind: "claim", clusterId: otherCluster.id });
      expect(weeks!.reasons).toContainEqual({ kind: "cluster", clusterId: otherCluster.id });
    } finally {
      await db.claimCluster.deleteMany({ where: { id: { in: [ownCluster.id, otherCluster.id] } } });
      await db.annotation.delete({ where: { id: weeksClaim } });
    }
  });
});
