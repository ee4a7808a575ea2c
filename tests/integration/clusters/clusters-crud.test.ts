import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ClusterDTO, ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";
import * as clustersRoute from "@/app/api/projects/[slug]/clusters/route";
import * as clusterRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/route";
import * as membersRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/members/route";
import * as restoreRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/restore/route";
import { call, createClusterFixture, params, tokenFor } from "./support/create-cluster-fixture";

describe("cluster CRUD over the REST routes (handlers called directly, real Postgres)", () => {
  it("creates with members, lists with filters, reads, patches with 409 on a stale version, deletes and restores", async () => {
    const f = await createClusterFixture();
    const token = await tokenFor(f.annotator.id);
    const base = `/api/projects/${f.slug}/clusters`;

    const created = await clustersRoute.POST(
      call(token, "POST", base, {
        title: "Arrest in Lahore",
        statement: "Police arrested the suspect in Lahore.",
        members: [
          { annotationId: f.claims[0]!.id, stance: "SAME" },
          { annotationId: f.claims[1]!.id, stance: "CONTRADICTS" },
        ],
      }),
      params({ slug: f.slug }),
    );
    expect(created.status).toBe(201);
    const { cluster } = (await created.json()) as { cluster: ClusterDTO };
    expect(cluster).toMatchObject({ title: "Arrest in Lahore", statement: "Police arrested the suspect in Lahore.", version: 1, deletedAt: null });
    expect(cluster.members.map((m) => [m.annotationId, m.stance, m.outlet, m.text])).toEqual([
      [f.claims[0]!.id, "SAME", "Outlet 1", "Police arrested the suspect on Monday in Lahore"],
      [f.claims[1]!.id, "CONTRADICTS", "Outlet 2", "The suspect was detained on Tuesday in Lahore"],
    ]);
    expect(cluster.firstAppearance).toEqual({ memberId: cluster.members[0]!.id, articleId: f.articles[0]!.id, publishedAt: "2026-01-10T00:00:00.000Z" });
    expect(cluster.independentSources.count).toBeGreaterThanOrEqual(1);
    expect(Array.isArray(cluster.differences)).toBe(true);

    // A passage-free add of the third claim.
    const one = { slug: f.slug, clusterId: cluster.id };
    const added = await membersRoute.POST(call(token, "POST", `${base}/${cluster.id}/members`, { annotationId: f.claims[2]!.id, stance: "CORROBORATES" }), params(one));
    expect(added.status).toBe(201);
    const addedBody = (await added.json()) as { cluster: ClusterDTO; createdAnnotation: boolean };
    expect(addedBody.createdAnnotation).toBe(false);
    expect(addedBody.cluster.members.map((m) => m.stance)).toEqual(["SAME", "CONTRADICTS", "CORROBORATES"]);

    const listed = await clustersRoute.GET(call(token, "GET", `${base}?articleId=${f.articles[2]!.id}`), params({ slug: f.slug }));
    const { clusters } = (await listed.json()) as { clusters: ClusterSummaryDTO[] };
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ id: cluster.id, memberCount: 3, articleIds: f.articles.map((a) => a.id) });
    const none = await clustersRoute.GET(call(token, "GET", `${base}?q=no-such-words`), params({ slug: f.slug }));
    expect(((await none.json()) as { clusters: ClusterSummaryDTO[] }).clusters).toEqual([]);
    const byWords = await clustersRoute.GET(call(token, "GET", `${base}?q=lahore`), params({ slug: f.slug }));
    expect(((await byWords.json()) as { clusters: ClusterSummaryDTO[] }).clusters.map((c) => c.id)).toEqual([cluster.id]);

    const got = await clusterRoute.GET(call(token, "GET", `${base}/${cluster.id}`), params(one));
    expect(((await got.json()) as { cluster: ClusterDTO }).cluster.members).toHaveLength(3);

    const patched = await clusterRoute.PATCH(call(token, "PATCH", `${base}/${cluster.id}`, { version: 1, title: "Arrest of the suspect" }), params(one));
    expect(patched.status).toBe(200);
    const current = ((await patched.json()) as { cluster: ClusterDTO }).cluster;
    expect(current).toMatchObject({ title: "Arrest of the suspect", version: 2 });
    const stale = await clusterRoute.PATCH(call(token, "PATCH", `${base}/${cluster.id}`, { version: 1, title: "Lost edit" }), params(one));
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { error: { code: string; message: string }; current: ClusterDTO };
    expect(conflict.error.message).toContain("version 2");
    expect(conflict.current.title).toBe("Arrest of the suspect");
    expect((await db.claimCluster.findUniqueOrThrow({ where: { id: cluster.id } })).title).toBe("Arrest of the suspect");

    const noVersion = await clusterRoute.DELETE(call(token, "DELETE", `${base}/${cluster.id}`), params(one));
    expect(noVersion.status).toBe(400);
    const deleted = await clusterRoute.DELETE(call(token, "DELETE", `${base}/${cluster.id}?version=2`), params(one));
    expect(deleted.status).toBe(200);
    expect(((await deleted.json()) as { cluster: ClusterDTO }).cluster).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    expect((await clusterRoute.GET(call(token, "GET", `${base}/${cluster.id}`), params(one))).status).toBe(404);
    const afterDelete = await clustersRoute.GET(call(token, "GET", base), params({ slug: f.slug }));
    expect(((await afterDelete.json()) as { clusters: ClusterSummaryDTO[] }).clusters).toEqual([]);
    const deletedList = await clustersRoute.GET(call(token, "GET", `${base}?deleted=true`), params({ slug: f.slug }));
    expect(((await deletedList.json()) as { clusters: ClusterSummaryDTO[] }).clusters.map((c) => c.id)).toEqual([cluster.id]);

    const restored = await restoreRoute.POST(call(token, "POST", `${base}/${cluster.id}/restore`, { version: 3 }), params(one));
    expect(restored.status).toBe(200);
    const back = ((await restored.json()) as { cluster: ClusterDTO }).cluster;
    expect(back).toMatchObject({ version: 4, deletedAt: null, title: "Arrest of the suspect" });
    expect(back.members).toHaveLength(3);

    const audit = await db.auditLog.findMany({ where: { projectId: f.project.id, entityType: { in: ["ClaimCluster", "ClaimClusterMember"] } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "cluster.create",
      "cluster.member.add",
      "cluster.member.add",
      "cluster.member.add",
      "cluster.update",
      "cluster.delete",
      "cluster.restore",
    ]);
  });

  it("of two edits made on the same version at once, exactly one lands", async () => {
    const f = await createClusterFixture();
    const { createCluster } = await import("@/lib/server/cluster/create-cluster");
    const { updateCluster } = await import("@/lib/server/cluster/update-cluster");
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Start" });
    const results = await Promise.allSettled([
      updateCluster(annotator, cluster.id, { version: 1, title: "First" }),
      updateCluster(annotator, cluster.id, { version: 1, title: "Second" }),
    ]);
    const landed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.title] : []));
    expect(landed).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.claimCluster.findUniqueOrThrow({ where: { id: cluster.id } })).toMatchObject({ title: landed[0], version: 2 });
  });
});
