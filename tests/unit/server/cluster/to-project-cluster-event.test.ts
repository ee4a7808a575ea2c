import { describe, expect, it } from "vitest";
import type { LiveEvent } from "@/lib/realtime/types";
import { toProjectClusterEvent } from "@/lib/server/cluster/to-project-cluster-event";

const event = (overrides: Partial<LiveEvent>): LiveEvent => ({
  id: "7",
  projectId: "p1",
  articleId: "a1",
  type: "cluster.member.added",
  actorId: "u1",
  payload: { clusterId: "c1", version: 3, changeId: "ch1", memberId: "m1", annotationId: "n1" },
  createdAt: "2026-12-07T04:00:00.000Z",
  ...overrides,
});

describe("toProjectClusterEvent", () => {
  it("keeps which cluster changed and how, without the article, member or claim it was stored for", () => {
    expect(toProjectClusterEvent(event({}), "p1")).toEqual({
      id: "7",
      projectId: "p1",
      articleId: null,
      type: "cluster.member.added",
      actorId: "u1",
      payload: { clusterId: "c1", version: 3, changeId: "ch1" },
      createdAt: "2026-12-07T04:00:00.000Z",
    });
  });

  it("drops other projects' events, other types and payloads without a cluster", () => {
    expect(toProjectClusterEvent(event({ projectId: "p2" }), "p1")).toBeNull();
    expect(toProjectClusterEvent(event({ type: "annotation.updated" }), "p1")).toBeNull();
    expect(toProjectClusterEvent(event({ payload: { version: 1 } }), "p1")).toBeNull();
  });

  it("an event stored without a changeId is its own change", () => {
    expect(toProjectClusterEvent(event({ id: "9", payload: { clusterId: "c1", version: 1 } }), "p1")?.payload).toEqual({ clusterId: "c1", version: 1, changeId: "9" });
  });
});
