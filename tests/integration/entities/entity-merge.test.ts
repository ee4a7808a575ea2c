import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toLiveEvent } from "@/lib/realtime/to-live-event";
import { filterEventsForViewer } from "@/lib/server/event/filter-events-for-viewer";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { createCluster } from "@/lib/server/cluster/create-cluster";
import { createEntity } from "@/lib/server/entity/create-entity";
import { updateEntity } from "@/lib/server/entity/update-entity";
import { mergeEntities } from "@/lib/server/entity/merge-entities";
import { undoEntityMerge } from "@/lib/server/entity/undo-entity-merge";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { createTestArticle } from "../annotations/support/create-test-article";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

const SECOND_TEXT = "Lashkar chief Muhammad Saeed was in Gujranwala on Monday, a spokesman for Saeed said.";

// Two entities that are one person, used across two articles: mentions
// (one deleted), claims that link one or both (one in a cluster), so a merge
// has every kind of row to move and one link to collapse.
async function mergeFixture() {
  const f = await createAnnotationFixture();
  const second = await createTestArticle(f.project.id, SECOND_TEXT, f.owner.id);
  const reviewer = await requireProjectAccess(f.reviewer.id, f.slug);
  const target = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed", aliases: ["Saeed"] }));
  const source = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, {
    typeId: f.labels.person,
    name: "Muhammad Saeed",
    aliases: ["Hafiz Muhammad Saeed", "saeed"],
    description: "Founder of Lashkar-e-Taiba.",
    externalId: "Q380357",
  }));
  const mention = (article: { id: string; text: string }, needle: string, entityId: string, occurrence = 1) =>
    withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(article.text, needle, occurrence), entityId }));
  const targetMention = await mention(f.article, "Hafiz Saeed", target.id);
  const sourceMention = await mention(second, "Muhammad Saeed", source.id);
  const sourceMention2 = await mention(second, "Saeed", source.id, 2);
  const deletedMention = await mention(f.article, "Saeed", source.id);
  await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, deletedMention.id, { version: 1 }));
  // Links the source only: moves.
  const claimA = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, second.id, {
    kind: "CLAIM",
    revision: 1,
    ...spanOf(SECOND_TEXT, "Lashkar chief Muhammad Saeed was in Gujranwala on Monday"),
    entities: [{ entityId: source.id, role: "SUBJECT", mentionId: sourceMention.id }],
  }));
  // Links both as subject (the source's collapses into the target's) and the source as claimant (moves).
  const claimB = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
    kind: "CLAIM",
    revision: 1,
    ...spanOf(f.article.text, "Hafiz Saeed met LeT leaders in Gujranwala on Monday"),
    entities: [
      { entityId: target.id, role: "SUBJECT", mentionId: targetMention.id },
      { entityId: source.id, role: "SUBJECT", mentionId: null },
      { entityId: source.id, role: "CLAIMANT", mentionId: null },
    ],
  }));
  const cluster = await createCluster(reviewer, { title: "Saeed in Gujranwala", members: [{ annotationId: claimA.id, stance: "SAME" }] });
  return { ...f, second, reviewer, target, source, mentions: { targetMention, sourceMention, sourceMention2, deletedMention }, claimA, claimB, cluster };
}

// Every row a merge may touch, as stored.
async function linkState(projectId: string) {
  const mentions = await db.annotation.findMany({ where: { projectId, kind: "ENTITY_MENTION" }, select: { id: true, entityId: true, deletedAt: true }, orderBy: { id: "asc" } });
  const links = await db.claimEntity.findMany({
    where: { claim: { projectId } },
    select: { id: true, claimId: true, entityId: true, role: true, mentionId: true, createdAt: true },
    orderBy: { id: "asc" },
  });
  return { mentions, links };
}

const entityRow = (id: string) =>
  db.entity.findUniqueOrThrow({ where: { id }, select: { name: true, aliases: true, description: true, externalId: true, deletedAt: true, mergedIntoId: true, version: true } });

describe("merging entities (real Postgres)", () => {
  it("moves every mention, claim link and cluster reference to the target, and undo restores exactly the previous links", async () => {
    const f = await mergeFixture();
    const before = await linkState(f.project.id);
    const targetBefore = await entityRow(f.target.id);
    const sourceBefore = await entityRow(f.source.id);
    const eventsBefore = await db.event.count({ where: { projectId: f.project.id } });

    const merge = await mergeEntities(f.reviewer, f.target.id, { sourceId: f.source.id, sourceVersion: 1, targetVersion: 1 });
    expect(merge.moved).toEqual({ mentions: 3, claimLinks: 3 });

    // Nothing points at the source any more; nothing was lost.
    const after = await linkState(f.project.id);
    expect(after.mentions.filter((m) => m.entityId === f.source.id)).toEqual([]);
    expect(after.links.filter((l) => l.entityId === f.source.id)).toEqual([]);
    expect(after.mentions.map((m) => m.id)).toEqual(before.mentions.map((m) => m.id));
    expect(after.mentions.filter((m) => m.entityId === f.target.id).map((m) => m.id).sort()).toEqual(
      [f.mentions.targetMention.id, f.mentions.sourceMention.id, f.mentions.sourceMention2.id, f.mentions.deletedMention.id].sort(),
    );
    // claimB had the target and the source as subject: one subject link (the target's) remains, the claimant link moved.
    const claimBLinks = after.links.filter((l) => l.claimId === f.claimB.id).map((l) => [l.entityId, l.role, l.mentionId]);
    expect(claimBLinks.sort()).toEqual(
      [
        [f.target.id, "CLAIMANT", null],
        [f.target.id, "SUBJECT", f.mentions.targetMention.id],
      ].sort(),
    );
    expect(after.links.filter((l) => l.claimId === f.claimA.id).map((l) => [l.entityId, l.role, l.mentionId])).toEqual([[f.target.id, "SUBJECT", f.mentions.sourceMention.id]]);
    expect(after.links).toHaveLength(before.links.length - 1);
    // The cluster's member now involves the target.
    const clusterEntities = await db.claimEntity.findMany({ where: { claim: { clusterMember: { clusterId: f.cluster.id } } }, select: { entityId: true } });
    expect(clusterEntities.map((l) => l.entityId)).toEqual([f.target.id]);

    // The target gained the source's names and filled its empty fields; the source is soft-deleted into it.
    expect(await entityRow(f.target.id)).toEqual({
      ...targetBefore,
      aliases: ["Saeed", "Muhammad Saeed", "Hafiz Muhammad Saeed"],
      description: "Founder of Lashkar-e-Taiba.",
      externalId: "Q380357",
      version: 2,
    });
    expect(await entityRow(f.source.id)).toMatchObject({ mergedIntoId: f.target.id, deletedAt: expect.any(Date), version: 2 });

    // Audited with what moved; live events for the entities and each live annotation that changed.
    const audit = await db.auditLog.findUniqueOrThrow({ where: { id: BigInt(merge.mergeId) } });
    expect(audit).toMatchObject({ action: "entity.merge", entityType: "Entity", entityId: f.target.id, actorId: f.reviewer.userId });
    expect(audit.after).toMatchObject({
      moved: {
        mentionIds: [f.mentions.sourceMention.id, f.mentions.sourceMention2.id, f.mentions.deletedMention.id].sort(),
        collapsedClaimLinks: [{ claimId: f.claimB.id, role: "SUBJECT", mentionId: null }],
      },
    });
    const events = await db.event.findMany({ where: { projectId: f.project.id }, orderBy: { id: "asc" }, skip: eventsBefore });
    const merged = events.find((e) => e.type === "entity.merged");
    expect(merged).toMatchObject({ articleId: null, payload: { entityId: f.target.id, mergeId: merge.mergeId } });
    expect((merged!.payload as { entities: Array<{ id: string }> }).entities.map((e) => e.id)).toEqual([f.target.id, f.source.id]);
    // It reaches an editor open on any article of the project (project-wide events pass the viewer filter).
    const viewer = { userId: f.viewer.id, role: "VIEWER" as const, projectId: f.project.id, articleId: f.second.id, blinded: false };
    expect(filterEventsForViewer(viewer, [toLiveEvent(merged!)]).map((e) => e.type)).toEqual(["entity.merged"]);
    const updated = events.filter((e) => e.type === "annotation.updated").map((e) => [e.articleId, (e.payload as { annotationId: string }).annotationId]);
    expect(updated.sort()).toEqual(
      [
        [f.second.id, f.mentions.sourceMention.id],
        [f.second.id, f.mentions.sourceMention2.id],
        [f.second.id, f.claimA.id],
        [f.article.id, f.claimB.id],
      ].sort(),
    );
    expect((await db.annotation.findUniqueOrThrow({ where: { id: f.claimB.id } })).version).toBe(2);

    // Undo: the same rows, ids and creation times as before the merge.
    const undone = await undoEntityMerge(f.reviewer, f.target.id, { mergeId: merge.mergeId });
    expect(await linkState(f.project.id)).toEqual(before);
    expect(await entityRow(f.target.id)).toEqual({ ...targetBefore, version: 3 });
    expect(await entityRow(f.source.id)).toEqual({ ...sourceBefore, version: 3 });
    expect(undone.source).toMatchObject({ id: f.source.id, name: "Muhammad Saeed", version: 3 });
    expect(await db.auditLog.count({ where: { action: "entity.merge.undo", entityId: f.target.id } })).toBe(1);
    expect(await db.event.count({ where: { projectId: f.project.id, type: "entity.merge-undone" } })).toBe(1);

    // Twice is refused, and changes nothing.
    await expect(undoEntityMerge(f.reviewer, f.target.id, { mergeId: merge.mergeId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await linkState(f.project.id)).toEqual(before);
  });

  it("refuses a merge made on stale versions, and one of the two of a concurrent pair, changing nothing", async () => {
    const f = await mergeFixture();
    const before = await linkState(f.project.id);
    await withProjectAccess(f.annotator.id, f.slug, (access) => updateEntity(access, f.source.id, { version: 1, description: "Edited meanwhile." }));
    await expect(mergeEntities(f.reviewer, f.target.id, { sourceId: f.source.id, sourceVersion: 1, targetVersion: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { source: { version: 2 } } },
    });
    expect(await linkState(f.project.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { projectId: f.project.id, action: "entity.merge" } })).toBe(0);

    // The same pair merged both ways at once: one wins, the other finds its source gone or changed.
    const results = await Promise.allSettled([
      mergeEntities(f.reviewer, f.target.id, { sourceId: f.source.id, sourceVersion: 2, targetVersion: 1 }),
      mergeEntities(f.reviewer, f.source.id, { sourceId: f.target.id, sourceVersion: 1, targetVersion: 2 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" ? refused.reason : null).toMatchObject({ code: expect.toBeOneOf(["CONFLICT", "NOT_FOUND"]) });
    expect(await db.auditLog.count({ where: { projectId: f.project.id, action: "entity.merge" } })).toBe(1);
    const live = await db.entity.findMany({ where: { id: { in: [f.target.id, f.source.id] }, deletedAt: null } });
    expect(live).toHaveLength(1);
    expect(await db.annotation.count({ where: { projectId: f.project.id, kind: "ENTITY_MENTION", entityId: { not: live[0]!.id } } })).toBe(0);
  });

  it("refuses an undo once the target changed, annotators' merges, and merging into itself", async () => {
    const f = await mergeFixture();
    const merge = await mergeEntities(f.reviewer, f.target.id, { sourceId: f.source.id, sourceVersion: 1, targetVersion: 1 });
    await withProjectAccess(f.reviewer.userId, f.slug, (access) => updateEntity(access, f.target.id, { version: 2, name: "Hafiz Muhammad Saeed" }));
    const state = await linkState(f.project.id);
    await expect(undoEntityMerge(f.reviewer, f.target.id, { mergeId: merge.mergeId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(undoEntityMerge(f.reviewer, f.source.id, { mergeId: merge.mergeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(undoEntityMerge(f.reviewer, f.target.id, { mergeId: "12x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await linkState(f.project.id)).toEqual(state);

    const other = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Someone else" }));
    const annotator = await requireProjectAccess(f.annotator.id, f.slug);
    await expect(mergeEntities(annotator, f.target.id, { sourceId: other.id, sourceVersion: 1, targetVersion: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mergeEntities(f.reviewer, f.target.id, { sourceId: f.target.id, sourceVersion: 3, targetVersion: 3 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(mergeEntities(f.reviewer, f.target.id, { sourceId: f.source.id, sourceVersion: 2, targetVersion: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nobody links the merged-away entity; the message says where it went.
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "LeT"), entityId: f.source.id })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'entityId: the entity "Muhammad Saeed" was merged into "Hafiz Muhammad Saeed"; link that one instead.' });
  });
});
