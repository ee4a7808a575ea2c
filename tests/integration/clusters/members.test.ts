import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import * as membersRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/members/route";
import * as memberRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/members/[memberId]/route";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { addClusterMember } from "@/lib/server/cluster/add-cluster-member";
import { updateClusterMember } from "@/lib/server/cluster/update-cluster-member";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { call, createClusterFixture, params, tokenFor } from "./support/create-cluster-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

async function counts(projectId: string) {
  const [annotations, members, clusters, audit, events] = await Promise.all([
    db.annotation.count({ where: { projectId } }),
    db.claimClusterMember.count({ where: { cluster: { projectId } } }),
    db.claimCluster.count({ where: { projectId } }),
    db.auditLog.count({ where: { projectId } }),
    db.event.count({ where: { projectId } }),
  ]);
  return { annotations, members, clusters, audit, events };
}

describe("cluster members (real Postgres)", () => {
  it("accepting a passage marks it as a claim by the current user and adds it, with quote context, audit rows and events", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Arrest", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    const reviewerToken = await tokenFor(f.reviewer.id);
    const text = f.articles[1]!.text;
    const span = spanOf(text, "A court hearing is expected");
    const response = await membersRoute.POST(
      call(reviewerToken, "POST", `/api/projects/${f.slug}/clusters/${cluster.id}/members`, {
        passage: { articleId: f.articles[1]!.id, start: span.start, end: span.end },
        stance: "CORROBORATES",
        note: "adds the hearing",
      }),
      params({ slug: f.slug, clusterId: cluster.id }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { cluster: ClusterDTO; memberId: string; annotationId: string; createdAnnotation: boolean };
    expect(body.createdAnnotation).toBe(true);
    const claim = await db.annotation.findUniqueOrThrow({ where: { id: body.annotationId } });
    expect(claim).toMatchObject({
      kind: "CLAIM",
      authorId: f.reviewer.id,
      articleId: f.articles[1]!.id,
      start: span.start,
      end: span.end,
      exact: "A court hearing is expected",
      prefix: "detained on Tuesday in Lahore, according to police.\n\n".slice(-32),
      suffix: ".",
      revision: 1,
    });
    const member = body.cluster.members.find((m) => m.id === body.memberId);
    expect(member).toMatchObject({ annotationId: claim.id, stance: "CORROBORATES", note: "adds the hearing", addedById: f.reviewer.id, reviewState: "PENDING" });
    const audit = await db.auditLog.findMany({ where: { projectId: f.project.id, OR: [{ entityId: claim.id }, { entityId: body.memberId }] }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["annotation.create", "cluster.member.add"]);
    const events = await db.event.findMany({ where: { projectId: f.project.id, type: { in: ["annotation.created", "cluster.member.added"] }, articleId: f.articles[1]!.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type).slice(-2)).toEqual(["annotation.created", "cluster.member.added"]);
    expect(events.at(-1)!.payload).toMatchObject({ clusterId: cluster.id, memberId: body.memberId, annotationId: claim.id });
    // The other member's article hears of the change too, without the claim's id.
    const elsewhere = await db.event.findFirstOrThrow({ where: { projectId: f.project.id, type: "cluster.member.added", articleId: f.articles[0]!.id, payload: { path: ["memberId"], equals: body.memberId } } });
    expect(elsewhere.payload).not.toHaveProperty("annotationId");
  });

  it("refuses bad members with a clear 4xx and stores nothing", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Arrest" });
    const token = await tokenFor(f.annotator.id);
    const path = `/api/projects/${f.slug}/clusters/${cluster.id}/members`;
    const at = params({ slug: f.slug, clusterId: cluster.id });
    const mention = await withProjectAccess(f.annotator.id, f.slug, async (access) => createAnnotation(access, f.articles[0]!.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      entityTypeId: (await db.label.findFirstOrThrow({ where: { projectId: f.project.id, kind: "ENTITY_TYPE", key: "location" } })).id,
      ...spanOf(f.articles[0]!.text, "Lahore"),
    }));
    const other = await createClusterFixture();
    const before = await counts(f.project.id);
    const length = Array.from(f.articles[2]!.text).length;
    const cases: Array<[unknown, number, string]> = [
      [{ annotationId: f.claims[0]!.id }, 400, "stance"],
      [{ annotationId: f.claims[0]!.id, stance: "MAYBE" }, 400, "stance must be SAME"],
      [{ annotationId: f.claims[0]!.id, stance: "SAME", extra: 1 }, 400, "Unknown field: extra"],
      [{ annotationId: mention.id, stance: "SAME" }, 400, "entity mention"],
      [{ annotationId: other.claims[0]!.id, stance: "SAME" }, 404, "not found"],
      [{ annotationId: "nope", stance: "SAME" }, 404, "not found"],
      [{ passage: { articleId: f.articles[2]!.id, start: 5, end: 5 }, stance: "SAME" }, 400, "greater than start"],
      [{ passage: { articleId: f.articles[2]!.id, start: 0, end: length + 1 }, stance: "SAME" }, 400, "past the end"],
      [{ passage: { articleId: f.articles[2]!.id, start: -1, end: 4 }, stance: "SAME" }, 400, "negative"],
      [{ passage: { articleId: other.articles[0]!.id, start: 0, end: 4 }, stance: "SAME" }, 404, "Article not found"],
      [{ passage: { articleId: f.articles[2]!.id, start: 0, end: 4, revision: 2 }, stance: "SAME" }, 409, "revision"],
    ];
    for (const [input, status, message] of cases) {
      const response = await membersRoute.POST(call(token, "POST", path, input), at);
      expect(response.status, JSON.stringify(input)).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(message);
    }
    const notJson = await membersRoute.POST(new Request(`http://localhost${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{" }), at);
    expect(notJson.status).toBe(400);
    expect(await counts(f.project.id)).toEqual(before);
  });

  it("a claim in another cluster is refused unless moved; moving, restancing and removing keep versions and audit rows", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const first = await createCluster(annotator, { title: "First", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    const second = await createCluster(annotator, { title: "Second" });
    await expect(addClusterMember(annotator, second.id, { annotationId: f.claims[0]!.id, stance: "SAME" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("move: true"),
    });
    await expect(addClusterMember(annotator, first.id, { annotationId: f.claims[0]!.id, stance: "SAME" })).rejects.toMatchObject({ code: "CONFLICT" });
    const moved = await addClusterMember(annotator, second.id, { annotationId: f.claims[0]!.id, stance: "ATTRIBUTES", move: true });
    expect(moved.cluster.members.map((m) => [m.annotationId, m.stance, m.version])).toEqual([[f.claims[0]!.id, "ATTRIBUTES", 2]]);
    expect((await f.access(f.annotator.id)).userId).toBe(f.annotator.id);
    const firstNow = await db.claimClusterMember.count({ where: { clusterId: first.id } });
    expect(firstNow).toBe(0);
    // The source cluster's articles hear that the member left.
    expect(await db.event.count({ where: { type: "cluster.member.removed", payload: { path: ["clusterId"], equals: first.id } } })).toBe(1);

    // PATCH: stance with a stale version → 409 and nothing changes; then a move back by clusterId.
    const token = await tokenFor(f.annotator.id);
    const memberId = moved.memberId;
    const at = params({ slug: f.slug, clusterId: second.id, memberId });
    const path = `/api/projects/${f.slug}/clusters/${second.id}/members/${memberId}`;
    const stale = await memberRoute.PATCH(call(token, "PATCH", path, { version: 1, stance: "SAME" }), at);
    expect(stale.status).toBe(409);
    expect((await db.claimClusterMember.findUniqueOrThrow({ where: { id: memberId } })).relation).toBe("ATTRIBUTES");
    const restanced = await memberRoute.PATCH(call(token, "PATCH", path, { version: 2, stance: "CONTRADICTS", note: "says weeks" }), at);
    expect(restanced.status).toBe(200);
    expect(((await restanced.json()) as { cluster: ClusterDTO }).cluster.members[0]).toMatchObject({ stance: "CONTRADICTS", note: "says weeks", version: 3 });
    const back = await updateClusterMember(annotator, second.id, memberId, { version: 3, clusterId: first.id });
    expect(back.id).toBe(first.id);
    expect(back.members.map((m) => [m.id, m.stance])).toEqual([[memberId, "CONTRADICTS"]]);

    const removePath = `/api/projects/${f.slug}/clusters/${first.id}/members/${memberId}`;
    const removeAt = params({ slug: f.slug, clusterId: first.id, memberId });
    expect((await memberRoute.DELETE(call(token, "DELETE", `${removePath}?version=3`), removeAt)).status).toBe(409);
    const removed = await memberRoute.DELETE(call(token, "DELETE", `${removePath}?version=4`), removeAt);
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as { cluster: ClusterDTO }).cluster.members).toEqual([]);
    expect(await db.annotation.count({ where: { id: f.claims[0]!.id, deletedAt: null } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { entityId: memberId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["cluster.member.add", "cluster.member.update", "cluster.member.update", "cluster.member.update", "cluster.member.remove"]);
    expect(audit.at(-1)!.before).toMatchObject({ clusterId: first.id, annotationId: f.claims[0]!.id, stance: "CONTRADICTS" });
  });

  it("two requests adding the same claim to two clusters at once: exactly one lands, the other gets 409", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const [a, b] = await Promise.all([createCluster(annotator, { title: "A" }), createCluster(annotator, { title: "B" })]);
    const results = await Promise.allSettled([
      addClusterMember(annotator, a.id, { annotationId: f.claims[0]!.id, stance: "SAME" }),
      addClusterMember(annotator, b.id, { annotationId: f.claims[0]!.id, stance: "SAME" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.claimClusterMember.count({ where: { annotationId: f.claims[0]!.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "cluster.member.add", after: { path: ["annotationId"], equals: f.claims[0]!.id } } })).toBe(1);
  });

  it("a deleted claim leaves the cluster's members (and comes back when restored); a deleted claim cannot be added", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Arrest", members: f.claims.slice(0, 2).map((c) => ({ annotationId: c.id, stance: "SAME" as const })) });
    const deleted = await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, f.claims[1]!.id, { version: 1 }));
    const other = await createCluster(annotator, { title: "Other" });
    await expect(addClusterMember(annotator, other.id, { annotationId: f.claims[1]!.id, stance: "SAME" })).rejects.toMatchObject({ code: "CONFLICT" });
    const { getCluster } = await import("@/lib/server/cluster/get-cluster");
    expect((await getCluster(annotator, cluster.id)).members.map((m) => m.annotationId)).toEqual([f.claims[0]!.id]);
    const { restoreAnnotation } = await import("@/lib/server/annotation/restore-annotation");
    await withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotation(access, f.claims[1]!.id, { version: deleted.version }));
    expect((await getCluster(annotator, cluster.id)).members.map((m) => m.annotationId)).toEqual([f.claims[0]!.id, f.claims[1]!.id]);
  });
});
