import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as clustersRoute from "@/app/api/projects/[slug]/clusters/route";
import * as clusterRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/route";
import * as membersRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/members/route";
import * as reviewsRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/members/[memberId]/reviews/route";
import * as verdictRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/apply-verdict/route";
import * as commentsRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/comments/route";
import * as historyRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/history/route";
import * as eventsRoute from "@/app/api/projects/[slug]/clusters/events/route";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { getCluster } from "@/lib/server/cluster/get-cluster";
import { listClusters } from "@/lib/server/cluster/list-clusters";
import { addClusterMember } from "@/lib/server/cluster/add-cluster-member";
import { updateCluster } from "@/lib/server/cluster/update-cluster";
import { setClusterDeleted } from "@/lib/server/cluster/set-cluster-deleted";
import { decideClusterMemberReview } from "@/lib/server/cluster/decide-cluster-member-review";
import { listClusterHistory } from "@/lib/server/cluster/list-cluster-history";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createTestUser } from "@/tests/support/create-test-user";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { call, createClusterFixture, params, tokenFor } from "./support/create-cluster-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("cluster roles and blind annotation (real Postgres)", () => {
  it("viewers read but get 403 on every write; outsiders get 404 everywhere; nothing is stored", async () => {
    const f = await createClusterFixture();
    const cluster = await createCluster(await f.access(f.annotator.id), { title: "Arrest", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    const base = `/api/projects/${f.slug}/clusters`;
    const one = params({ slug: f.slug, clusterId: cluster.id });
    const memberId = cluster.members[0]!.id;
    const viewer = await tokenFor(f.viewer.id);
    const outsider = await tokenFor(f.outsider.id);
    const auditBefore = await db.auditLog.count({ where: { projectId: f.project.id } });

    expect((await clustersRoute.GET(call(viewer, "GET", base), params({ slug: f.slug }))).status).toBe(200);
    expect((await clusterRoute.GET(call(viewer, "GET", `${base}/${cluster.id}`), one)).status).toBe(200);
    expect((await commentsRoute.GET(call(viewer, "GET", `${base}/${cluster.id}/comments`), one)).status).toBe(200);
    expect((await historyRoute.GET(call(viewer, "GET", `${base}/${cluster.id}/history`), one)).status).toBe(200);
    const writes: Array<[string, () => Promise<Response>]> = [
      ["create", () => clustersRoute.POST(call(viewer, "POST", base, { title: "x" }), params({ slug: f.slug }))],
      ["patch", () => clusterRoute.PATCH(call(viewer, "PATCH", `${base}/${cluster.id}`, { version: 1, title: "x" }), one)],
      ["delete", () => clusterRoute.DELETE(call(viewer, "DELETE", `${base}/${cluster.id}?version=1`), one)],
      ["add", () => membersRoute.POST(call(viewer, "POST", `${base}/${cluster.id}/members`, { annotationId: f.claims[1]!.id, stance: "SAME" }), one)],
      ["review", () => reviewsRoute.POST(call(viewer, "POST", `${base}/${cluster.id}/members/${memberId}/reviews`, { decision: "ACCEPT" }), params({ slug: f.slug, clusterId: cluster.id, memberId }))],
      ["verdict", () => verdictRoute.POST(call(viewer, "POST", `${base}/${cluster.id}/apply-verdict`, { version: 1 }), one)],
      ["comment", () => commentsRoute.POST(call(viewer, "POST", `${base}/${cluster.id}/comments`, { body: "hi" }), one)],
    ];
    for (const [name, write] of writes) expect((await write()).status, name).toBe(403);

    const outsiderCalls: Array<[string, () => Promise<Response>]> = [
      ["list", () => clustersRoute.GET(call(outsider, "GET", base), params({ slug: f.slug }))],
      ["get", () => clusterRoute.GET(call(outsider, "GET", `${base}/${cluster.id}`), one)],
      ["create", () => clustersRoute.POST(call(outsider, "POST", base, { title: "x" }), params({ slug: f.slug }))],
      ["history", () => historyRoute.GET(call(outsider, "GET", `${base}/${cluster.id}/history`), one)],
      ["events", () => eventsRoute.GET(call(outsider, "GET", `${base}/events`), params({ slug: f.slug }))],
    ];
    for (const [name, request] of outsiderCalls) expect((await request()).status, name).toBe(404);
    // A cluster id of another project is not found either.
    const g = await createClusterFixture();
    const foreign = await createCluster(await g.access(g.annotator.id), { title: "Elsewhere" });
    expect((await clusterRoute.GET(call(viewer, "GET", `${base}/${foreign.id}`), params({ slug: f.slug, clusterId: foreign.id }))).status).toBe(404);
    expect(await db.auditLog.count({ where: { projectId: f.project.id } })).toBe(auditBefore);
  });

  it("annotators: members yes, the verdict no, others' clusters not deleted; reviewers never review a link they made", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const reviewer = await f.access(f.reviewer.id);
    const owner = await f.access(f.owner.id);
    const mine = await createCluster(annotator, { title: "Mine", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    await expect(updateCluster(annotator, mine.id, { version: 1, statusId: f.labels.trueStatus })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCluster(annotator, mine.id, { version: 1, verdictExplanation: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const renamed = await updateCluster(annotator, mine.id, { version: 1, title: "Mine, renamed", note: "internal" });
    expect(renamed).toMatchObject({ title: "Mine, renamed", note: "internal", version: 2 });

    const theirs = await createCluster(reviewer, { title: "Theirs" });
    await expect(updateCluster(annotator, theirs.id, { version: 1, title: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setClusterDeleted(annotator, theirs.id, { version: 1 }, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // ...but may add members to it.
    const added = await addClusterMember(annotator, theirs.id, { annotationId: f.claims[1]!.id, stance: "SAME" });
    expect(added.cluster.members).toHaveLength(1);

    // Verdict on a label of another kind or project: 400; the reviewer sets a real one.
    const claimType = await db.label.findFirstOrThrow({ where: { projectId: f.project.id, kind: "CLAIM_TYPE" } });
    await expect(updateCluster(reviewer, mine.id, { version: 2, statusId: claimType.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const verdict = await updateCluster(reviewer, mine.id, { version: 2, statusId: f.labels.trueStatus, verdictExplanation: "Confirmed by police." });
    expect(verdict).toMatchObject({ statusId: f.labels.trueStatus, verdictExplanation: "Confirmed by police.", version: 3 });

    // Self-review: the reviewer adds a link and may not review it; the owner may.
    const linked = await addClusterMember(reviewer, mine.id, { annotationId: f.claims[2]!.id, stance: "CORROBORATES" });
    await expect(decideClusterMemberReview(reviewer, mine.id, linked.memberId, { decision: "ACCEPT" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideClusterMemberReview(annotator, mine.id, linked.memberId, { decision: "ACCEPT" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideClusterMemberReview(owner, mine.id, linked.memberId, { decision: "MAYBE" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const accepted = await decideClusterMemberReview(owner, mine.id, linked.memberId, { decision: "ACCEPT", comment: "Same fact." });
    expect(accepted.members.find((m) => m.id === linked.memberId)).toMatchObject({ reviewState: "ACCEPTED", version: 2 });
    const annotatorsLink = mine.members[0]!.id;
    const rejected = await decideClusterMemberReview(reviewer, mine.id, annotatorsLink, { decision: "REJECT", version: 1 });
    expect(rejected.members.find((m) => m.id === annotatorsLink)).toMatchObject({ reviewState: "REJECTED" });
    const history = await listClusterHistory(annotator, mine.id);
    const review = history.find((e) => e.action === "cluster.member.review" && e.entityId === linked.memberId);
    expect(review?.after).toMatchObject({ decision: "ACCEPT", comment: "Same fact.", reviewState: "ACCEPTED", reviewedById: f.owner.id });
  });

  it("blind annotation: an annotator neither sees nor adds a colleague's claims until they have submitted on that article", async () => {
    const f = await createClusterFixture();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const colleague = await createTestUser("Colleague");
    await db.membership.create({ data: { projectId: f.project.id, userId: colleague.id, role: "ANNOTATOR" } });
    const theirClaim = await withProjectAccess(colleague.id, f.slug, (access) => createAnnotation(access, f.articles[1]!.id, { kind: "CLAIM", revision: 1, ...spanOf(f.articles[1]!.text, "A court hearing is expected") }));

    const reviewer = await f.access(f.reviewer.id);
    const cluster = await createCluster(reviewer, {
      title: "Arrest",
      members: [
        { annotationId: f.claims[0]!.id, stance: "SAME" },
        { annotationId: theirClaim.id, stance: "CORROBORATES" },
      ],
    });
    expect(cluster.members).toHaveLength(2);
    const annotator = await f.access(f.annotator.id);
    const seen = await getCluster(annotator, cluster.id);
    expect(seen.members.map((m) => m.annotationId)).toEqual([f.claims[0]!.id]);
    expect(seen.independentSources.groups.flat()).not.toContain(cluster.members[1]!.id);
    const listed = await listClusters(annotator, {});
    expect(listed.find((c) => c.id === cluster.id)).toMatchObject({ memberCount: 1, articleIds: [f.articles[0]!.id] });
    expect(await listClusters(annotator, { annotationId: theirClaim.id })).toEqual([]);
    await expect(addClusterMember(annotator, cluster.id, { annotationId: theirClaim.id, stance: "SAME", move: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const history = await listClusterHistory(annotator, cluster.id);
    expect(history.some((e) => JSON.stringify(e).includes(theirClaim.id))).toBe(false);
    // The colleague's own claim stays visible to the colleague.
    const colleagueAccess = await f.access(colleague.id);
    expect((await getCluster(colleagueAccess, cluster.id)).members.map((m) => m.annotationId)).toContain(theirClaim.id);

    await db.assignment.create({ data: { projectId: f.project.id, articleId: f.articles[1]!.id, userId: f.annotator.id, status: "SUBMITTED", submittedAt: new Date() } });
    expect((await getCluster(annotator, cluster.id)).members.map((m) => m.annotationId)).toEqual([f.claims[0]!.id, theirClaim.id]);
  });
});
