import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getGoldBoard, type GoldBoardView } from "@/lib/server/adjudication/get-gold-board";
import { resolveGoldGroup } from "@/lib/server/adjudication/resolve-gold-group";
import { reopenGoldGroup } from "@/lib/server/adjudication/reopen-gold-group";
import { setGoldLayerComplete } from "@/lib/server/adjudication/set-gold-layer-complete";
import { getArticleAgreement } from "@/lib/server/agreement/get-article-agreement";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { countProjectRows } from "@/tests/integration/annotations/support/count-project-rows";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { createAgreementFixture } from "@/tests/integration/agreement/support/create-agreement-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";

function groupOf(board: GoldBoardView, annotationId: string) {
  const group = board.groups.find((g) => g.spans.some((s) => s?.id === annotationId));
  if (!group) throw new Error(`no group holds ${annotationId}`);
  return group;
}

describe("adjudication into a gold layer (real Postgres)", () => {
  it("annotators and viewers cannot adjudicate (403), outsiders see nothing (404), and nothing is written", async () => {
    const f = await createAgreementFixture();
    const board = await withProjectAccess(f.reviewer.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    const key = groupOf(board, f.a.hours.id).key;
    const before = await countProjectRows(f.project.id);
    for (const user of [f.annotator, f.viewer]) {
      await expect(withProjectAccess(user.id, f.slug, (access) => getGoldBoard(access, f.article.id))).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
      await expect(withProjectAccess(user.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "exclude", groupKey: key }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(user.id, f.slug, (access) => reopenGoldGroup(access, f.article.id, { groupKey: key }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(user.id, f.slug, (access) => setGoldLayerComplete(access, f.article.id, { complete: true }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "exclude", groupKey: key }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countProjectRows(f.project.id)).toEqual(before);
    expect((await db.article.findUniqueOrThrow({ where: { id: f.article.id } })).goldExcludedIds).toEqual([]);
  });

  it("pick, merge, write new and exclude build gold annotations with provenance, copied links and evidence, audit and events", async () => {
    const f = await createAgreementFixture();
    let board = await withProjectAccess(f.reviewer.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    expect(board.progress).toEqual({ resolved: 0, total: 5 });

    // Pick A's "Hafiz Saeed" mention.
    const picked = await withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, {
      decision: "gold", groupKey: groupOf(board, f.a.hafiz.id).key, span: { from: f.a.hafiz.id }, fields: { from: f.a.hafiz.id },
    }));
    expect(picked.gold).toMatchObject({ kind: "ENTITY_MENTION", isGold: true, entityId: f.hafiz.id, author: { id: f.reviewer.id }, reviewState: "ACCEPTED", start: f.a.hafiz.start, end: f.a.hafiz.end });

    // Merge: B's (shorter) span, A's fields (status, type, entity link, evidence).
    board = await withProjectAccess(f.reviewer.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    const merged = (await withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, {
      decision: "gold", groupKey: groupOf(board, f.a.met.id).key, span: { from: f.b.met.id }, fields: { from: f.a.met.id },
    }))).gold!;
    expect(merged).toMatchObject({
      kind: "CLAIM", isGold: true, start: f.b.met.start, end: f.b.met.end, exact: f.b.met.exact,
      statusId: f.labels.unverified, claimTypeId: f.labels.factual,
      // The link to A's mention now points at that mention's gold copy.
      entities: [{ entityId: f.hafiz.id, role: "SUBJECT", mentionId: picked.gold!.id }],
      evidence: [{ url: "https://example.org/report", title: "Report", stance: "SUPPORTS" }],
    });
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: merged.id } });
    expect(stored).toMatchObject({ adjudicatedFromId: f.a.met.id, authorId: f.reviewer.id, isGold: true });
    const audit = await db.auditLog.findFirst({ where: { entityType: "Annotation", entityId: merged.id, action: "annotation.create" } });
    expect(audit?.actorId).toBe(f.reviewer.id);
    const event = await db.event.findFirst({ where: { projectId: f.project.id, type: "annotation.created", payload: { path: ["annotationId"], equals: merged.id } } });
    expect(event).not.toBeNull();

    // Write a new one: "Gujranwala" (A only) with a type chosen by hand.
    board = await withProjectAccess(f.reviewer.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    const written = (await withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, {
      decision: "gold", groupKey: groupOf(board, f.a.gujranwala.id).key, span: spanOf(f.article.text, "in Gujranwala"), fields: { entityTypeId: f.labels.location },
    }))).gold!;
    expect(written).toMatchObject({ kind: "ENTITY_MENTION", exact: "in Gujranwala", entityTypeId: f.labels.location, entityId: null });

    // Leave B's "LeT" out.
    await withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "exclude", groupKey: groupOf(board, f.b.let.id).key }));
    board = await withProjectAccess(f.reviewer.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    expect(groupOf(board, f.b.let.id).resolution).toEqual({ state: "excluded" });
    expect(board.progress).toEqual({ resolved: 4, total: 5 });
    expect(board.golds).toHaveLength(3);
    expect(await db.auditLog.count({ where: { entityType: "Article", entityId: f.article.id, action: "gold.exclude" } })).toBe(1);

    // Gold never enters the agreement figures.
    const agreement = await withProjectAccess(f.reviewer.id, f.slug, (access) => getArticleAgreement(access, f.article.id));
    expect(agreement.units).toHaveLength(5);
  });

  it("deciding again replaces the gold annotation; reopening undoes it; completion needs every group decided and then freezes them", async () => {
    const f = await createAgreementFixture();
    let board = await withProjectAccess(f.owner.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    const hoursKey = groupOf(board, f.a.hours.id).key;
    const first = (await withProjectAccess(f.owner.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "gold", groupKey: hoursKey, span: { from: f.a.hours.id }, fields: { from: f.a.hours.id } }))).gold!;
    const second = (await withProjectAccess(f.owner.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "gold", groupKey: hoursKey, span: { from: f.a.hours.id }, fields: { from: f.b.hours.id } }))).gold!;
    expect(second.statusId).toBe(f.labels.unverified);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: first.id } })).deletedAt).not.toBeNull();
    board = await withProjectAccess(f.owner.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    expect(groupOf(board, f.a.hours.id).resolution).toEqual({ state: "gold", goldIds: [second.id] });

    await withProjectAccess(f.owner.id, f.slug, (access) => reopenGoldGroup(access, f.article.id, { groupKey: hoursKey }));
    board = await withProjectAccess(f.owner.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    expect(groupOf(board, f.a.hours.id).resolution).toEqual({ state: "open" });
    expect(board.golds).toEqual([]);
    expect(await db.event.count({ where: { projectId: f.project.id, type: "annotation.deleted" } })).toBe(2);

    await expect(withProjectAccess(f.owner.id, f.slug, (access) => setGoldLayerComplete(access, f.article.id, { complete: true }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("5 of 5") });
    for (const group of board.groups) await withProjectAccess(f.owner.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "exclude", groupKey: group.key }));
    const done = await withProjectAccess(f.owner.id, f.slug, (access) => setGoldLayerComplete(access, f.article.id, { complete: true }));
    expect(done.goldCompletedAt).not.toBeNull();
    expect(await db.article.findUniqueOrThrow({ where: { id: f.article.id } })).toMatchObject({ goldCompletedById: f.owner.id, status: "DONE" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => reopenGoldGroup(access, f.article.id, { groupKey: hoursKey }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await withProjectAccess(f.owner.id, f.slug, (access) => setGoldLayerComplete(access, f.article.id, { complete: false }))).goldCompletedAt).toBeNull();
    // Reopened: the annotations are there but unsettled (every group was left out), so work is in progress again.
    expect((await db.article.findUniqueOrThrow({ where: { id: f.article.id } })).status).toBe("IN_PROGRESS");
  });

  it("refuses stale groups (409) and bad choices (400) without writing anything", async () => {
    const f = await createAgreementFixture();
    const board = await withProjectAccess(f.reviewer.id, f.slug, (access) => getGoldBoard(access, f.article.id));
    const metKey = groupOf(board, f.a.met.id).key;
    const before = await countProjectRows(f.project.id);
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "gold", groupKey: metKey, span: { from: f.a.hours.id }, fields: { from: f.a.met.id } })))
      .rejects.toMatchObject({ code: "BAD_REQUEST", message: "span.from must be one of this group's annotations." });
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "gold", groupKey: metKey, span: { start: 0, end: 5, exact: "wrong" }, fields: { from: f.a.met.id } })))
      .rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "gold", groupKey: metKey, span: { from: f.a.met.id }, fields: { statusId: f.labels.person } })))
      .rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "maybe", groupKey: metKey }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await countProjectRows(f.project.id)).toEqual(before);

    // B moves their claim so it no longer overlaps A's: the group the reviewer saw is gone.
    await withProjectAccess(f.second.id, f.slug, (access) => updateAnnotation(access, f.b.met.id, { version: f.b.met.version, ...spanOf(f.article.text, "The meeting") }));
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => resolveGoldGroup(access, f.article.id, { decision: "exclude", groupKey: metKey }))).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
  });
});
