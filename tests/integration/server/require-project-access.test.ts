import { describe, expect, it } from "vitest";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { listProjectsForUser } from "@/lib/server/project/list-projects-for-user";
import { createTestProject } from "@/tests/support/create-test-project";
import { db } from "@/lib/db";

describe("requireProjectAccess (real Postgres)", () => {
  it("gives members their role and hides the project from outsiders", async () => {
    const { project, owner, annotator, outsider } = await createTestProject();
    expect((await requireProjectAccess(owner.id, project.slug)).role).toBe("OWNER");
    expect((await requireProjectAccess(annotator.id, project.slug)).role).toBe("ANNOTATOR");
    await expect(requireProjectAccess(outsider.id, project.slug)).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect((await listProjectsForUser(outsider.id)).map((p) => p.id)).not.toContain(project.id);
  });

  it("refuses actions the role does not allow with 403", async () => {
    const { project, annotator, viewer } = await createTestProject();
    await expect(requireProjectAccess(annotator.id, project.slug, "members.manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireProjectAccess(viewer.id, project.slug, "annotations.create")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("treats soft-deleted projects as gone", async () => {
    const { project, owner } = await createTestProject();
    await db.project.update({ where: { id: project.id }, data: { deletedAt: new Date() } });
    await expect(requireProjectAccess(owner.id, project.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("creates the default label schema with every project", async () => {
    const { project } = await createTestProject();
    const counts = await db.label.groupBy({ by: ["kind"], where: { projectId: project.id }, _count: { _all: true } });
    const byKind = Object.fromEntries(counts.map((c) => [c.kind, c._count._all]));
    expect(byKind).toEqual({ CLAIM_TYPE: 7, ENTITY_TYPE: 7, VERIFICATION_STATUS: 8 });
    const statuses = await db.label.findMany({ where: { projectId: project.id, kind: "VERIFICATION_STATUS" }, orderBy: { position: "asc" } });
    expect(statuses.map((s) => s.key)).toEqual(["unverified", "in_progress", "true", "mostly_true", "mixed", "misleading", "false", "unverifiable"]);
  });
});
