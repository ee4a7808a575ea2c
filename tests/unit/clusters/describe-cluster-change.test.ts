import { describe, expect, it } from "vitest";
import { describeClusterChange } from "@/components/clusters/describe-cluster-change";

const entry = (action: string, before: unknown, after: unknown) => ({ id: "1", action, entityType: "ClaimClusterMember", entityId: "m", actor: null, createdAt: "2026-01-01T00:00:00.000Z", before, after });

describe("describeClusterChange", () => {
  it("names stance changes and new links with their stance", () => {
    expect(describeClusterChange(entry("cluster.member.update", { stance: "SAME" }, { stance: "CONTRADICTS" }))).toBe("changed a member: states it → contradicts");
    expect(describeClusterChange(entry("cluster.member.add", null, { stance: "CORROBORATES" }))).toBe("linked a claim (corroborates)");
    expect(describeClusterChange(entry("cluster.member.review", { reviewState: "PENDING" }, { reviewState: "ACCEPTED" }))).toBe("reviewed a link: accepted");
  });
  it("falls back to the action's words", () => {
    expect(describeClusterChange(entry("cluster.verdict.apply", null, null))).toBe("applied the verdict to the members");
    expect(describeClusterChange(entry("cluster.something_new", null, null))).toBe("cluster something new");
  });
});
