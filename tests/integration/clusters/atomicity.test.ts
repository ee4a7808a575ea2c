import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { addClusterMember } from "@/lib/server/cluster/add-cluster-member";
import type { emitClusterEvents } from "@/lib/server/cluster/emit-cluster-events";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { createClusterFixture } from "./support/create-cluster-fixture";

// The last step of a member add (its live events) fails on demand, after the
// new claim, the membership and their audit rows have been written.
const failure = vi.hoisted(() => ({ armed: false }));
vi.mock("@/lib/server/cluster/emit-cluster-events", async (importOriginal) => {
  const original = await importOriginal<{ emitClusterEvents: typeof emitClusterEvents }>();
  return {
    emitClusterEvents: async (...args: Parameters<typeof emitClusterEvents>) => {
      if (failure.armed) throw new Error("simulated failure after the writes");
      return original.emitClusterEvents(...args);
    },
  };
});

afterEach(() => {
  failure.armed = false;
});

async function snapshot(projectId: string) {
  const [annotations, members, audit, events, clusters] = await Promise.all([
    db.annotation.findMany({ where: { projectId }, select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.claimClusterMember.findMany({ where: { cluster: { projectId } }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { projectId } }),
    db.event.count({ where: { projectId } }),
    db.claimCluster.findMany({ where: { projectId }, orderBy: { id: "asc" } }),
  ]);
  return { annotations, members, audit, events, clusters };
}

describe("cluster writes are one transaction (real Postgres)", () => {
  it("a passage accepted into a cluster leaves neither claim nor membership when a later step fails", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    const cluster = await createCluster(annotator, { title: "Arrest", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    const span = spanOf(f.articles[1]!.text, "A court hearing is expected");
    const before = await snapshot(f.project.id);
    failure.armed = true;
    await expect(addClusterMember(annotator, cluster.id, { passage: { articleId: f.articles[1]!.id, start: span.start, end: span.end }, stance: "SAME" })).rejects.toThrow(
      "simulated failure",
    );
    expect(await snapshot(f.project.id)).toEqual(before);
    failure.armed = false;
    const added = await addClusterMember(annotator, cluster.id, { passage: { articleId: f.articles[1]!.id, start: span.start, end: span.end }, stance: "SAME" });
    expect(added.cluster.members).toHaveLength(2);
  });

  it("a move that fails leaves the claim in its old cluster", async () => {
    const f = await createClusterFixture();
    const annotator = await f.access(f.annotator.id);
    await createCluster(annotator, { title: "Old", members: [{ annotationId: f.claims[0]!.id, stance: "SAME" }] });
    const target = await createCluster(annotator, { title: "New" });
    const before = await snapshot(f.project.id);
    failure.armed = true;
    await expect(addClusterMember(annotator, target.id, { annotationId: f.claims[0]!.id, stance: "SAME", move: true })).rejects.toThrow("simulated failure");
    expect(await snapshot(f.project.id)).toEqual(before);
  });
});
