import { describe, expect, it } from "vitest";
import { canEditCluster } from "@/lib/clusters/can-edit-cluster";

describe("canEditCluster (mirrors assertCanEditCluster on the server)", () => {
  const mine = { createdById: "u1" };
  const theirs = { createdById: "u2" };
  const orphan = { createdById: null };

  it("lets owners and reviewers change and delete any cluster", () => {
    for (const role of ["OWNER", "REVIEWER"] as const) {
      expect(canEditCluster(role, "u1", theirs)).toBe(true);
      expect(canEditCluster(role, "u1", orphan)).toBe(true);
    }
  });

  it("lets annotators change only the clusters they started", () => {
    expect(canEditCluster("ANNOTATOR", "u1", mine)).toBe(true);
    expect(canEditCluster("ANNOTATOR", "u1", theirs)).toBe(false);
    expect(canEditCluster("ANNOTATOR", "u1", orphan)).toBe(false);
  });

  it("never lets viewers or non-members", () => {
    expect(canEditCluster("VIEWER", "u1", mine)).toBe(false);
    expect(canEditCluster(null, "u1", mine)).toBe(false);
  });
});
