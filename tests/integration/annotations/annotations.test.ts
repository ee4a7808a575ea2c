import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { restoreAnnotation } from "@/lib/server/annotation/restore-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { spanOf } from "./support/span-of";
import { assertStoredSpans } from "./support/assert-stored-spans";
import { withProjectAccess } from "@/tests/support/with-project-access";

afterAll(async () => {
  expect(await assertStoredSpans()).toBeGreaterThan(0);
});

async function auditFor(annotationId: string) {
  return db.auditLog.findMany({ where: { entityType: "Annotation", entityId: annotationId }, orderBy: { id: "asc" } });
}

async function eventsFor(projectId: string) {
  return db.event.findMany({ where: { projectId }, orderBy: { id: "asc" } });
}

describe("annotations: create, list, update, delete, restore (real Postgres)", () => {
  it("creates a claim: default status, server-computed context, audit row and event in one go", async () => {
    const f = await createAnnotationFixture();
    const span = spanOf(f.article.text, "LeT leaders");
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...span,
      claimTypeId: f.labels.factual,
      checkWorthiness: 4,
      confidence: 0.75,
      note: "Check police statement.",
    }));
    expect(claim).toEqual({
      id: expect.any(String),
      articleId: f.article.id,
      revision: 1,
      kind: "CLAIM",
      start: 16,
      end: 27,
      exact: "LeT leaders",
      prefix: "Hafiz Saeed met ",
      suffix: " in Gujranwala on Monday, police",
      anchorState: "ANCHORED",
      author: { id: f.annotator.id, name: "Annotator" },
      claimTypeId: f.labels.factual,
      statusId: f.labels.unverified,
      checkWorthiness: 4,
      confidence: 0.75,
      textChangedAfterVerdict: false,
      summary: "",
      verdictExplanation: "",
      entities: [],
      evidence: [],
      entityId: null,
      entityTypeId: null,
      note: "Check police statement.",
      reviewState: "PENDING",
      isGold: false,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      deletedAt: null,
    });
    expect([...claim.suffix].length).toBe(32);

    const [audit, ...moreAudit] = await auditFor(claim.id);
    expect(moreAudit).toHaveLength(0);
    expect(audit).toMatchObject({ projectId: f.project.id, actorId: f.annotator.id, action: "annotation.create", before: null });
    expect(audit?.after).toEqual(claim);

    const events = await eventsFor(f.project.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      articleId: f.article.id,
      type: "annotation.created",
      actorId: f.annotator.id,
      payload: { annotationId: claim.id, version: 1 },
    });
  });

  it("accepts client context that matches the text, and stores the full 32 code points", async () => {
    const f = await createAnnotationFixture();
    const span = spanOf(f.article.text, "Gujranwala");
    const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      ...span,
      prefix: "leaders in ",
      suffix: " on",
      entityTypeId: f.labels.location,
    }));
    expect(mention).toMatchObject({ prefix: "Hafiz Saeed met LeT leaders in ", suffix: " on Monday, police said.\n\nThe me" });
  });

  it("links a claim to entities and their mentions, with evidence in the order sent", async () => {
    const f = await createAnnotationFixture();
    const saeed = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed", externalId: "Q380540" }));
    const police = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.organization, name: "Punjab Police" }));
    const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      ...spanOf(f.article.text, "Hafiz Saeed"),
      entityId: saeed.id,
    }));
    expect(mention).toMatchObject({ entityId: saeed.id, entityTypeId: f.labels.person, statusId: null, claimTypeId: null });

    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "Hafiz Saeed met LeT leaders in Gujranwala on Monday"),
      statusId: f.labels.trueStatus,
      entities: [
        { entityId: saeed.id, role: "SUBJECT", mentionId: mention.id },
        { entityId: police.id, role: "CLAIMANT", mentionId: null },
      ],
      evidence: [
        { url: "https://example.org/b", title: "Second source", stance: "SUPPORTS", note: "" },
        { url: "http://example.org/a", title: "", stance: "CONTEXT", note: "archived copy" },
      ],
    }));
    expect(claim.statusId).toBe(f.labels.trueStatus);
    // Links are ordered by role: CLAIMANT before SUBJECT.
    expect(claim.entities).toEqual([
      { entityId: police.id, role: "CLAIMANT", mentionId: null },
      { entityId: saeed.id, role: "SUBJECT", mentionId: mention.id },
    ]);
    expect(claim.evidence.map((e) => [e.url, e.stance])).toEqual([
      ["https://example.org/b", "SUPPORTS"],
      ["http://example.org/a", "CONTEXT"],
    ]);
    const stored = await db.evidence.findMany({ where: { claimId: claim.id }, orderBy: { position: "asc" } });
    expect(stored.map((e) => e.createdById)).toEqual([f.annotator.id, f.annotator.id]);
  });

  it("lists the current revision's annotations in reading order, deleted ones on request", async () => {
    const f = await createAnnotationFixture();
    const create = (needle: string) =>
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, needle) }));
    const late = await create("three hours");
    const wide = await create("Hafiz Saeed met");
    const narrow = await create("Hafiz");
    const gone = await create("police said");
    await withProjectAccess(f.owner.id, f.slug, (access) => deleteAnnotation(access, gone.id, { version: 1 }));

    const visible = await withProjectAccess(f.viewer.id, f.slug, (access) => listAnnotations(access, f.article.id));
    expect(visible.map((a) => a.id)).toEqual([narrow.id, wide.id, late.id]);
    const all = await withProjectAccess(f.viewer.id, f.slug, (access) => listAnnotations(access, f.article.id, { includeDeleted: true }));
    expect(all.map((a) => a.id)).toEqual([narrow.id, wide.id, gone.id, late.id]);
    expect(all.find((a) => a.id === gone.id)?.deletedAt).toEqual(expect.any(String));
  });

  it("after a text correction, lists only the new revision and refuses offsets for the old one with 409", async () => {
    const f = await createAnnotationFixture();
    const old = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "LeT leaders") }));
    const corrected = f.article.text.replace("Monday", "Tuesday");
    await db.article.update({
      where: { id: f.article.id },
      data: {
        text: corrected,
        revision: 2,
        revisions: { create: { revision: 2, title: f.article.title, text: corrected, content: f.article.content ?? {}, contentHash: "x" } },
      },
    });
    expect(await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotations(access, f.article.id))).toEqual([]);
    const before = await db.annotation.count({ where: { articleId: f.article.id } });
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Monday") })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      message: "The article's text has changed (it is now revision 2; these offsets are for revision 1). Reload the article and select the text again.",
    });
    expect(await db.annotation.count({ where: { articleId: f.article.id } })).toBe(before);
    const fresh = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 2, ...spanOf(corrected, "Tuesday") }));
    expect((await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotations(access, f.article.id))).map((a) => a.id)).toEqual([fresh.id]);
    // Moving the old one onto the new text puts it on revision 2.
    const moved = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, old.id, { version: 1, ...spanOf(corrected, "LeT leaders") }));
    expect(moved).toMatchObject({ revision: 2, anchorState: "ANCHORED", version: 2 });
  });

  it("updates fields and moves a span: version +1, context recomputed, audit before/after, event", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "LeT leaders") }));
    const updated = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, {
      version: 1,
      ...spanOf(f.article.text, "three hours"),
      claimTypeId: f.labels.statistical,
      statusId: f.labels.trueStatus,
      checkWorthiness: null,
      confidence: 1,
      note: "Moved to the duration.",
    }));
    expect(updated).toMatchObject({
      id: claim.id,
      version: 2,
      exact: "three hours",
      prefix: "olice said.\n\nThe meeting lasted ",
      suffix: ", according to two officials who",
      claimTypeId: f.labels.statistical,
      statusId: f.labels.trueStatus,
      checkWorthiness: null,
      confidence: 1,
      note: "Moved to the duration.",
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(claim.updatedAt));
    const audit = await auditFor(claim.id);
    expect(audit.map((a) => a.action)).toEqual(["annotation.create", "annotation.update"]);
    expect(audit[1]?.before).toEqual(claim);
    expect(audit[1]?.after).toEqual(updated);
    const events = await eventsFor(f.project.id);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ["annotation.created", { annotationId: claim.id, version: 1 }],
      ["annotation.updated", { annotationId: claim.id, version: 2 }],
    ]);
  });

  it("replaces entity links and diffs evidence: kept rows updated, missing ones soft-deleted, new ones added", async () => {
    const f = await createAnnotationFixture();
    const a = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "A" }));
    const b = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "B" }));
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "LeT leaders"),
      entities: [{ entityId: a.id, role: "SUBJECT" }, { entityId: b.id, role: "OBJECT" }],
      evidence: [
        { url: "https://one.example", stance: "SUPPORTS" },
        { url: "https://two.example", stance: "REFUTES" },
      ],
    }));
    const [one, two] = claim.evidence;
    const keptLink = await db.claimEntity.findFirstOrThrow({ where: { claimId: claim.id, entityId: a.id } });

    const updated = await withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, claim.id, {
      version: 1,
      entities: [{ entityId: a.id, role: "SUBJECT", mentionId: null }, { entityId: b.id, role: "CLAIMANT", mentionId: null }],
      evidence: [
        { id: two?.id, url: "https://two.example/v2", title: "Two, revised", stance: "CONTEXT", note: "" },
        { url: "https://three.example", title: "", stance: "SUPPORTS", note: "" },
      ],
    }));
    expect(updated.entities).toEqual([
      { entityId: b.id, role: "CLAIMANT", mentionId: null },
      { entityId: a.id, role: "SUBJECT", mentionId: null },
    ]);
    expect(updated.evidence).toEqual([
      { id: two?.id, url: "https://two.example/v2", title: "Two, revised", stance: "CONTEXT", note: "" },
      { id: expect.any(String), url: "https://three.example", title: "", stance: "SUPPORTS", note: "" },
    ]);
    // The unchanged link kept its row; the removed evidence is hidden, not gone.
    expect(await db.claimEntity.findUnique({ where: { id: keptLink.id } })).not.toBeNull();
    const removed = await db.evidence.findUniqueOrThrow({ where: { id: one?.id } });
    expect(removed.deletedAt).toBeInstanceOf(Date);
    expect(await db.evidence.count({ where: { claimId: claim.id } })).toBe(3);

    const cleared = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 2, entities: [], evidence: [] }));
    expect(cleared).toMatchObject({ entities: [], evidence: [], version: 3 });
  });

  it("relinks a mention: the type follows a new entity; unlinking keeps the type", async () => {
    const f = await createAnnotationFixture();
    const city = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.location, name: "Gujranwala" }));
    const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      ...spanOf(f.article.text, "Gujranwala"),
      entityTypeId: f.labels.organization,
    }));
    const linked = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, mention.id, { version: 1, entityId: city.id }));
    expect(linked).toMatchObject({ entityId: city.id, entityTypeId: f.labels.location, version: 2 });
    const unlinked = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, mention.id, { version: 2, entityId: null }));
    expect(unlinked).toMatchObject({ entityId: null, entityTypeId: f.labels.location, version: 3 });
  });

  it("an edit with nothing to change writes nothing", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police") }));
    expect(await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1 }))).toEqual(claim);
    expect(await auditFor(claim.id)).toHaveLength(1);
  });

  it("deletes softly and restores, each guarded by version, audited and announced", async () => {
    const f = await createAnnotationFixture();
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    const deleted = await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, claim.id, { version: "1" }));
    expect(deleted).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    const row = await db.annotation.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.deletedById).toBe(f.annotator.id);
    expect(await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotations(access, f.article.id))).toEqual([]);

    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 2, note: "x" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This annotation has been deleted; restore it before changing it.",
      details: { current: deleted },
    });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, claim.id, { version: 2 }))).rejects.toMatchObject({ code: "CONFLICT" });

    const restored = await withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotation(access, claim.id, { version: 2 }));
    expect(restored).toEqual({ ...claim, version: 3, updatedAt: expect.any(String) });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: claim.id } })).deletedById).toBeNull();
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotation(access, claim.id, { version: 3 }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This annotation is not deleted, so there is nothing to restore.",
    });

    expect((await auditFor(claim.id)).map((a) => a.action)).toEqual(["annotation.create", "annotation.delete", "annotation.restore"]);
    expect((await eventsFor(f.project.id)).map((e) => e.type)).toEqual(["annotation.created", "annotation.deleted", "annotation.restored"]);
  });
});
