import { describe, expect, it } from "vitest";
import { projectNavItems } from "@/components/shell/project-nav-items";

const labels = (role: Parameters<typeof projectNavItems>[1]) => projectNavItems("demo", role).map((item) => item.label);

describe("projectNavItems", () => {
  it("offers each role only the sections it can use", () => {
    expect(labels("OWNER")).toEqual(["Articles", "Clusters", "Entities", "Review", "Dashboard", "Assignments", "My queue", "Agreement", "Export", "Import", "Settings"]);
    expect(labels("REVIEWER")).toEqual(["Articles", "Clusters", "Entities", "Review", "Dashboard", "My queue", "Agreement", "Export", "Import", "Settings"]);
    expect(labels("ANNOTATOR")).toEqual(["Articles", "Clusters", "Entities", "Review", "Dashboard", "My queue", "Agreement", "Export", "Settings"]);
    expect(labels("VIEWER")).toEqual(labels("ANNOTATOR"));
  });

  it("marks Articles active inside the editor but not in other sections", () => {
    const [articles] = projectNavItems("demo", "OWNER");
    expect(articles!.isActive("/projects/demo")).toBe(true);
    expect(articles!.isActive("/projects/demo/articles/a1")).toBe(true);
    expect(articles!.isActive("/projects/demo/settings")).toBe(false);
    const review = projectNavItems("demo", "OWNER").find((item) => item.label === "Review")!;
    expect(review.isActive("/projects/demo/review")).toBe(true);
    expect(review.isActive("/projects/demo/reviewers")).toBe(false);
    const clusters = projectNavItems("demo", "VIEWER").find((item) => item.label === "Clusters")!;
    expect(clusters.href).toBe("/projects/demo/coverage");
    expect(clusters.isActive("/projects/demo/coverage")).toBe(true);
    expect(clusters.isActive("/projects/demo/clusters/c1")).toBe(true);
    expect(clusters.isActive("/projects/demo/clustersx")).toBe(false);
  });
});
