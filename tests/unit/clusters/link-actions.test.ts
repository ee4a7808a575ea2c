import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import type { ClusterCandidate } from "@/components/clusters/cluster-requests";

// The requests are replaced: what matters is which calls linkCandidate makes.
const requests = vi.hoisted(() => ({
  addClusterMember: vi.fn(),
  createCluster: vi.fn(),
  removeClusterMember: vi.fn(),
}));
vi.mock("@/components/clusters/cluster-requests", () => requests);

const { linkCandidate } = await import("@/components/clusters/link-actions");

const claim = { id: "a1", exact: "The bridge opened on 3 March" };
const cluster = { id: "c1" } as ClusterDTO;
const candidate: ClusterCandidate = {
  kind: "claim",
  annotationId: "a2",
  articleId: "art2",
  articleTitle: "Times",
  outlet: "Times",
  start: 0,
  end: 10,
  text: "The bridge opened",
  score: 0.9,
  reasons: [],
};

beforeEach(() => {
  vi.clearAllMocks();
  requests.addClusterMember.mockResolvedValue({ id: "c1" });
  requests.createCluster.mockResolvedValue({ id: "new" });
});

describe("linkCandidate", () => {
  it("adds a candidate claim to this claim's cluster without move at first", async () => {
    await linkCandidate("demo", claim, cluster, candidate);
    expect(requests.addClusterMember).toHaveBeenCalledWith("demo", "c1", { annotationId: "a2" });
  });

  it("re-sends with move: true once the person chose to move it", async () => {
    await linkCandidate("demo", claim, cluster, candidate, { move: true });
    expect(requests.addClusterMember).toHaveBeenCalledWith("demo", "c1", { annotationId: "a2", move: true });
  });

  it("without a cluster, a move starts one with this claim and then moves the candidate into it", async () => {
    await linkCandidate("demo", claim, null, candidate, { move: true });
    expect(requests.createCluster).toHaveBeenCalledWith("demo", { title: claim.exact, statement: claim.exact, members: [{ annotationId: "a1" }] });
    expect(requests.addClusterMember).toHaveBeenCalledWith("demo", "new", { annotationId: "a2", move: true });
  });

  it("without a cluster and without a move, both claims start one in one request", async () => {
    await linkCandidate("demo", claim, null, candidate);
    expect(requests.createCluster).toHaveBeenCalledWith("demo", {
      title: claim.exact,
      statement: claim.exact,
      members: [{ annotationId: "a1" }, { annotationId: "a2" }],
    });
    expect(requests.addClusterMember).not.toHaveBeenCalled();
  });

  it("never sends move for a passage", async () => {
    const passage: ClusterCandidate = { ...candidate, kind: "passage", annotationId: undefined };
    await linkCandidate("demo", claim, cluster, passage, { move: true });
    expect(requests.addClusterMember).toHaveBeenCalledWith("demo", "c1", { articleId: "art2", start: 0, end: 10 });
  });
});
