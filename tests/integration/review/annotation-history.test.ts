import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { decideReview } from "@/lib/server/review/decide-review";
import { listAnnotationHistory } from "@/lib/server/annotation-history/list-annotation-history";
import { restoreAnnotationVersion } from "@/lib/server/annotation-history/restore-annotation-version";
import { createTestProject } from "@/tests/support/create-test-project";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

describe("annotation history and restore (real Postgres)", () => {
  it("lists who changed what, field by field, and restores an earlier version as an audited update", async () => {
    const f = await createAnnotationFixture();
    const text = f.article.text;
    const v1 = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(text, "police said"),
      claimTypeId: f.labels.factual,
      note: "first",
      evidence: [{ url: "https://example.org/a", title: "A", stance: "SUPPORTS", note: "" }],
    }));
    const v2 = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, v1.id, { version: 1, note: "second", claimTypeId: f.labels.statistical, evidence: [] }));
    await withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, v1.id, { decision: "REJECT", version: 2 }));
    const v3 = await withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, v1.id, { version: 2, ...spanOf(text, "on Monday, police said") }));

    const history = await withProjectAccess(f.viewer.id, f.slug, (access) => listAnnotationHistory(access, v1.id));
    expect(history.entries.map((e) => [e.action, e.actor?.id, e.version])).toEqual([
      ["annotation.update", f.reviewer.id, 3],
      ["annotation.review", f.reviewer.id, 2],
      ["annotation.update", f.annotator.id, 2],
      ["annotation.create", f.annotator.id, 1],
    ]);
    expect(history.canRestore).toBe(false);
    const edit = history.entries[2]!;
    expect(edit.changes.map((c) => c.field).sort()).toEqual(["claimTypeId", "evidence", "note"]);
    expect(edit.changes.find((c) => c.field === "note")).toEqual({ field: "note", before: "first", after: "second" });
    expect(history.entries[1]!.changes).toEqual([{ field: "reviewState", before: "PENDING", after: "REJECTED" }]);
    expect(history.entries.map((e) => e.restorable)).toEqual([false, false, true, true]);

    // Viewers cannot restore; a colleague annotator cannot either; the author can.
    const createEntry = history.entries[3]!;
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => restoreAnnotationVersion(access, v1.id, { entryId: createEntry.id, version: 3 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stale = withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotationVersion(access, v1.id, { entryId: createEntry.id, version: 2 }));
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: 3 } } });

    const restored = await withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotationVersion(access, v1.id, { entryId: createEntry.id, version: v3.version }));
    expect(restored).toMatchObject({
      version: 4,
      note: "first",
      claimTypeId: f.labels.factual,
      exact: "police said",
      reviewState: "REJECTED",
      evidence: [{ url: "https://example.org/a", title: "A", stance: "SUPPORTS" }],
    });
    expect(restored.evidence[0]!.id).not.toBe(v1.evidence[0]!.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: v1.id, action: "annotation.restoreVersion" } });
    expect(audit.actorId).toBe(f.annotator.id);
    expect(audit.after).toMatchObject({ version: 4, restoredFromVersion: 1, note: "first" });
    expect(await db.event.count({ where: { projectId: f.project.id, type: "annotation.updated", payload: { path: ["version"], equals: 4 } } })).toBe(1);
    expect(v2.version).toBe(2);

    const afterRestore = await withProjectAccess(f.reviewer.id, f.slug, (access) => listAnnotationHistory(access, v1.id));
    expect(afterRestore.canRestore).toBe(true);
    expect(afterRestore.entries[0]).toMatchObject({ action: "annotation.restoreVersion", version: 4 });
  });

  it("refuses unknown entries, other annotations' entries, deleted annotations and outsiders", async () => {
    const f = await createAnnotationFixture();
    const a = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    const b = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "three hours") }));
    const bEntry = (await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotationHistory(access, b.id))).entries[0]!;
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotationVersion(access, a.id, { entryId: bEntry.id, version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotationVersion(access, a.id, { entryId: "abc", version: 1 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const other = await createTestProject();
    await expect(withProjectAccess(other.owner.id, f.slug, (access) => listAnnotationHistory(access, a.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const aEntry = (await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotationHistory(access, a.id))).entries[0]!;
    await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, a.id, { version: 1 }));
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotationVersion(access, a.id, { entryId: aEntry.id, version: 2 }))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
