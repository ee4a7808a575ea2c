import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type * as RecordAuditedEventModule from "@/lib/server/event/record-audited-event";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { countProjectRows } from "./support/count-project-rows";
import { spanOf } from "./support/span-of";
import { assertStoredSpans } from "./support/assert-stored-spans";
import { withProjectAccess } from "@/tests/support/with-project-access";

// The audit row and the event (one statement, recordAuditedEvent) are the
// last write of every annotation change, after the change itself. Making it
// fail shows all of them share one transaction: if any were outside it,
// something would remain.
const eventFailure = vi.hoisted(() => ({ armed: false }));
vi.mock("@/lib/server/event/record-audited-event", async (importOriginal) => {
  const original = await importOriginal<typeof RecordAuditedEventModule>();
  return {
    recordAuditedEvent: async (...args: Parameters<typeof original.recordAuditedEvent>) => {
      if (eventFailure.armed) {
        eventFailure.armed = false;
        throw new Error("event feed unavailable");
      }
      return original.recordAuditedEvent(...args);
    },
  };
});

afterAll(async () => {
  await assertStoredSpans();
});

describe("annotation, audit row and event commit together (real Postgres)", () => {
  it("a create whose event fails leaves no annotation, evidence, link or audit row", async () => {
    const f = await createAnnotationFixture();
    const before = await countProjectRows(f.project.id);
    eventFailure.armed = true;
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
        kind: "CLAIM",
        revision: 1,
        ...spanOf(f.article.text, "police"),
        evidence: [{ url: "https://a.example", stance: "SUPPORTS" }],
      })),
    ).rejects.toThrow("event feed unavailable");
    expect(await countProjectRows(f.project.id)).toEqual(before);
  });

  it("an update whose event fails leaves the annotation, its evidence and the audit log as they were", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "police"),
      evidence: [{ url: "https://a.example", stance: "SUPPORTS" }],
    }));
    const before = await countProjectRows(f.project.id);
    eventFailure.armed = true;
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, {
        version: 1,
        note: "lost",
        ...spanOf(f.article.text, "Hafiz"),
        evidence: [{ url: "https://b.example", title: "", stance: "REFUTES", note: "" }],
      })),
    ).rejects.toThrow("event feed unavailable");
    expect(await countProjectRows(f.project.id)).toEqual(before);
    const row = await db.annotation.findUniqueOrThrow({ where: { id: claim.id }, include: { evidence: true } });
    expect(row).toMatchObject({ version: 1, note: "", exact: "police" });
    expect(row.evidence.map((e) => [e.url, e.deletedAt])).toEqual([["https://a.example", null]]);

    // The same edit goes through once the feed is back.
    const updated = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "kept" }));
    expect(updated.version).toBe(2);
  });

  it("a delete whose event fails leaves the annotation live", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    const before = await countProjectRows(f.project.id);
    eventFailure.armed = true;
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, claim.id, { version: 1 }))).rejects.toThrow("event feed unavailable");
    expect(await countProjectRows(f.project.id)).toEqual(before);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: claim.id } })).deletedAt).toBeNull();
  });
});
