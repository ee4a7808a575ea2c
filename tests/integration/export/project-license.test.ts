import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { getProjectLicense } from "@/lib/server/project/get-project-license";
import { setProjectLicense } from "@/lib/server/project/set-project-license";
import { createTestProject } from "@/tests/support/create-test-project";

describe("project dataset license (real Postgres)", () => {
  it("the owner sets an SPDX id from the list, audited, and clears it with an empty value", async () => {
    const p = await createTestProject();
    const owner = await requireProjectAccess(p.owner.id, p.project.slug, "project.manage");
    expect(await setProjectLicense(owner, { license: "CC-BY-SA-4.0" })).toEqual({ license: "CC-BY-SA-4.0" });
    expect(await getProjectLicense(owner)).toBe("CC-BY-SA-4.0");
    const audit = await db.auditLog.findFirst({ where: { projectId: p.project.id, action: "project.license" }, orderBy: { id: "desc" } });
    expect(audit?.after).toEqual({ license: "CC-BY-SA-4.0" });
    expect(await setProjectLicense(owner, { license: "" })).toEqual({ license: null });
  });

  it("refuses other roles and ids outside the list, changing nothing", async () => {
    const p = await createTestProject();
    const owner = await requireProjectAccess(p.owner.id, p.project.slug, "project.manage");
    await setProjectLicense(owner, { license: "MIT" });
    const reviewer = await requireProjectAccess(p.reviewer.id, p.project.slug);
    await expect(setProjectLicense(reviewer, { license: "CC0-1.0" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireProjectAccess(p.reviewer.id, p.project.slug, "project.manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setProjectLicense(owner, { license: "GPL-3.0-only" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(setProjectLicense(owner, { license: "MIT\u0000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(setProjectLicense(owner, {})).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await getProjectLicense(owner)).toBe("MIT");
  });
});
