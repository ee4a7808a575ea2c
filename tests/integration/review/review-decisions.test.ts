import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { decideReview } from "@/lib/server/review/decide-review";
import { listAnnotationReviews } from "@/lib/server/review/list-annotation-reviews";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { createTestProject } from "@/tests/support/create-test-project";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

async function fixtureWithClaim() {
  const f = await createAnnotationFixture();
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
  return { ...f, claim };
}

describe("review decisions (real Postgres)", () => {
  it("annotators and viewers cannot accept or reject; nothing is written", async () => {
    const f = await fixtureWithClaim();
    for (const who of [f.annotator, f.viewer]) {
      await expect(withProjectAccess(who.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", version: 1 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(who.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "REJECT", version: 1 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.review.count({ where: { annotationId: f.claim.id } })).toBe(0);
    expect(await db.notification.count({ where: { annotationId: f.claim.id } })).toBe(0);
  });

  it("a member of another project gets 404 and sees nothing", async () => {
    const f = await fixtureWithClaim();
    const other = await createTestProject();
    await expect(withProjectAccess(other.reviewer.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(other.owner.id, f.slug, (access) => listAnnotationReviews(access, f.claim.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Their own project's slug does not reach this project's annotation either.
    await expect(withProjectAccess(other.reviewer.id, other.project.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", version: 1 }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(withProjectAccess(other.outsider.id, f.slug, (access) => listReviewQueue(access, {}))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a decision records the review, sets reviewState, audits, emits review.created and notifies the author", async () => {
    const f = await fixtureWithClaim();
    const review = await withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "REQUEST_CHANGES", comment: "Too short", version: 1 }));
    expect(review).toMatchObject({ decision: "REQUEST_CHANGES", comment: "Too short", annotationVersion: 1, reviewer: { id: f.reviewer.id } });
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: f.claim.id } });
    expect(stored.reviewState).toBe("CHANGES_REQUESTED");
    expect(stored.version).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: f.claim.id, action: "annotation.review" } });
    expect(audit.actorId).toBe(f.reviewer.id);
    const event = await db.event.findFirstOrThrow({ where: { projectId: f.project.id, type: "review.created" } });
    expect(event.payload).toMatchObject({ annotationId: f.claim.id, reviewId: review.id, decision: "REQUEST_CHANGES" });
    const notes = await db.notification.findMany({ where: { annotationId: f.claim.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: f.annotator.id, kind: "REVIEW", actorId: f.reviewer.id, readAt: null });

    const owner = await withProjectAccess(f.owner.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", version: 1 }));
    const listed = await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotationReviews(access, f.claim.id));
    expect(listed.reviewState).toBe("ACCEPTED");
    expect(listed.reviews.map((r) => r.id)).toEqual([owner.id, review.id]);
    expect(listed.canDecide).toBe(false);
  });

  it("refuses a decision on one's own annotation and on a stale version (409 with the current state)", async () => {
    const f = await fixtureWithClaim();
    const own = await withProjectAccess(f.reviewer.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "three hours") }));
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, own.id, { decision: "ACCEPT", version: 1 }))).rejects.toMatchObject({ code: "FORBIDDEN" });

    await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, f.claim.id, { version: 1, note: "edited" }));
    const stale = withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", version: 1 }));
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", status: 409, details: { current: { version: 2, note: "edited" } } });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: f.claim.id } })).reviewState).toBe("PENDING");
    expect(await db.review.count({ where: { annotationId: f.claim.id } })).toBe(0);
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", version: 2 }))).resolves.toMatchObject({ annotationVersion: 2 });
  });

  it("bad input is a 400 that changes nothing", async () => {
    const f = await fixtureWithClaim();
    for (const input of [{ decision: "MAYBE", version: 1 }, { decision: "ACCEPT" }, { decision: "ACCEPT", version: 1, extra: 1 }, "accept"]) {
      await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, f.claim.id, input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await db.review.count({ where: { annotationId: f.claim.id } })).toBe(0);
  });

  it("the queue shows reviewers colleagues' pending work with counts, and annotators their own results", async () => {
    const f = await fixtureWithClaim();
    const mine = await withProjectAccess(f.reviewer.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "three hours") }));
    const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      entityTypeId: f.labels.person,
      ...spanOf(f.article.text, "Hafiz Saeed"),
    }));
    await withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, mention.id, { decision: "REJECT", comment: "not a person", version: 1 }));

    const pending = await withProjectAccess(f.reviewer.id, f.slug, (access) => listReviewQueue(access, {}));
    expect(pending.scope).toBe("colleagues");
    expect(pending.items.map((i) => i.id)).toEqual([f.claim.id]);
    expect(pending.items.map((i) => i.id)).not.toContain(mine.id);
    expect(pending.counts).toMatchObject({ PENDING: 1, REJECTED: 1, ACCEPTED: 0, total: 2 });
    expect(pending.items[0]).toMatchObject({ exact: "police said", after: ". The meeting lasted three", author: { id: f.annotator.id } });

    const rejected = await withProjectAccess(f.reviewer.id, f.slug, (access) => listReviewQueue(access, { reviewState: "REJECTED", kind: "ENTITY_MENTION" }));
    expect(rejected.items.map((i) => [i.id, i.lastReview?.comment])).toEqual([[mention.id, "not a person"]]);
    expect((await withProjectAccess(f.reviewer.id, f.slug, (access) => listReviewQueue(access, { kind: "CLAIM", reviewState: "REJECTED" }))).items).toEqual([]);
    expect((await withProjectAccess(f.reviewer.id, f.slug, (access) => listReviewQueue(access, { authorId: f.reviewer.id, reviewState: "ANY" }))).items).toEqual([]);
    expect((await withProjectAccess(f.reviewer.id, f.slug, (access) => listReviewQueue(access, { from: "2999-01-01" }))).items).toEqual([]);

    const own = await withProjectAccess(f.annotator.id, f.slug, (access) => listReviewQueue(access, { reviewState: "ANY" }));
    expect(own.scope).toBe("mine");
    expect(own.items.map((i) => i.id).sort()).toEqual([f.claim.id, mention.id].sort());
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => listReviewQueue(access, { reviewState: "DONE" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
