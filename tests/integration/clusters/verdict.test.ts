import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as verdictRoute from "@/app/api/projects/[slug]/clusters/[clusterId]/apply-verdict/route";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { updateCluster } from "@/lib/server/cluster/update-cluster";
import { applyClusterVerdict } from "@/lib/server/cluster/apply-cluster-verdict";
import { getCluster } from "@/lib/server/cluster/get-cluster";
import { listAnnotationHistory } from "@/lib/server/annotation-history/list-annotation-history";
import { reviseArticleText } from "@/lib/server/article/revise-article-text";
import { call, createClusterFixture, params, tokenFor } from "./support/create-cluster-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("applying a cluster's verdict (real Postgres)", () => {
  it("sets every non-contradicting member's status as an annotation update in its history, and a later text change flags the member", async () => {
    const f = await createClusterFixture();
    const reviewer = await f.access(f.reviewer.id);
    const cluster = await createCluster(await f.access(f.annotator.id), {
      title: "Arrest in Lahore",
      members: [
        { annotationId: f.claims[0]!.id, stance: "SAME" },
        { annotationId: f.claims[1]!.id, stance: "CONTRADICTS" },
        { annotationId: f.claims[2]!.id, stance: "CORROBORATES" },
      ],
    });
    const token = await tokenFor(f.reviewer.id);
    const path = `/api/projects/${f.slug}/clusters/${cluster.id}/apply-verdict`;
    const at = params({ slug: f.slug, clusterId: cluster.id });
    // No verdict yet: 400, nothing changes.
    const none = await verdictRoute.POST(call(token, "POST", path, { version: 1 }), at);
    expect(none.status).toBe(400);
    const withVerdict = await updateCluster(reviewer, cluster.id, { version: 1, statusId: f.labels.trueStatus });
    expect((await verdictRoute.POST(call(await tokenFor(f.annotator.id), "POST", path, { version: 2 }), at)).status).toBe(403);
    expect((await verdictRoute.POST(call(token, "POST", path, { version: 1 }), at)).status).toBe(409);
    const versionsBefore = await db.annotation.findMany({ where: { id: { in: f.claims.map((c) => c.id) } }, select: { id: true, version: true, statusId: true } });

    const response = await verdictRoute.POST(call(token, "POST", path, { version: withVerdict.version }), at);
    expect(response.status).toBe(200);
    const applied = (await response.json()) as { updatedAnnotationIds: string[]; skippedContradicting: string[]; cluster: { verdictAppliedAt: string | null; version: number } };
    expect(applied.updatedAnnotationIds.sort()).toEqual([f.claims[0]!.id, f.claims[2]!.id].sort());
    expect(applied.skippedContradicting).toEqual([f.claims[1]!.id]);
    expect(applied.cluster.verdictAppliedAt).not.toBeNull();
    expect(applied.cluster.version).toBe(3);

    const after = await db.annotation.findMany({ where: { id: { in: f.claims.map((c) => c.id) } }, select: { id: true, version: true, statusId: true } });
    for (const claim of after) {
      const was = versionsBefore.find((v) => v.id === claim.id)!;
      if (claim.id === f.claims[1]!.id) expect(claim).toEqual(was);
      else expect(claim).toEqual({ id: claim.id, version: was.version + 1, statusId: f.labels.trueStatus });
    }
    // Each updated member's history shows the change and names the cluster.
    const history = await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotationHistory(access, f.claims[0]!.id));
    expect(history.entries[0]).toMatchObject({ action: "annotation.update", actor: { id: f.reviewer.id }, version: 2 });
    expect(history.entries[0]!.changes.map((c) => c.field)).toContain("statusId");
    const row = await db.auditLog.findFirstOrThrow({ where: { entityType: "Annotation", entityId: f.claims[0]!.id, action: "annotation.update" } });
    expect(row.after).toMatchObject({ statusId: f.labels.trueStatus, viaCluster: { id: cluster.id, title: "Arrest in Lahore" } });
    expect(await db.event.count({ where: { type: "annotation.updated", payload: { path: ["annotationId"], equals: f.claims[2]!.id } } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: cluster.id, action: "cluster.verdict.apply" } })).toBe(1);

    // The owner corrects the words under member 1: it is flagged; member 3's article is untouched.
    const text = f.articles[0]!.text.replace("on Monday", "on Sunday");
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.articles[0]!.id, { baseRevision: 1, text, note: "Day corrected" }));
    const members = (await getCluster(reviewer, cluster.id)).members;
    expect(members.find((m) => m.annotationId === f.claims[0]!.id)).toMatchObject({ textChangedAfterVerdict: true, text: "Police arrested the suspect on Sunday in Lahore" });
    expect(members.find((m) => m.annotationId === f.claims[2]!.id)).toMatchObject({ textChangedAfterVerdict: false });

    // A new verdict is not applied until someone applies it.
    const changed = await updateCluster(reviewer, cluster.id, { version: 3, statusId: f.labels.falseStatus });
    expect(changed.verdictAppliedAt).toBeNull();
    const again = await applyClusterVerdict(reviewer, cluster.id, { version: changed.version });
    expect(again.updatedAnnotationIds).toHaveLength(2);
  });
});
