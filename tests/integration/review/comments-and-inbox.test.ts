import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createComment } from "@/lib/server/comment/create-comment";
import { updateComment } from "@/lib/server/comment/update-comment";
import { deleteComment } from "@/lib/server/comment/delete-comment";
import { listComments } from "@/lib/server/comment/list-comments";
import { decideReview } from "@/lib/server/review/decide-review";
import { listNotifications } from "@/lib/server/notification/list-notifications";
import { countUnreadNotifications } from "@/lib/server/notification/count-unread-notifications";
import { markNotificationsRead } from "@/lib/server/notification/mark-notifications-read";
import { createTestProject } from "@/tests/support/create-test-project";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";

async function fixtureWithClaim() {
  const f = await createAnnotationFixture();
  const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
  return { ...f, claim };
}

describe("comments, mentions and the inbox (real Postgres)", () => {
  it("a viewer cannot comment; an outsider gets 404 and sees nothing", async () => {
    const f = await fixtureWithClaim();
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => createComment(access, f.claim.id, { body: "hello" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const listed = await withProjectAccess(f.viewer.id, f.slug, (access) => listComments(access, f.claim.id));
    expect(listed.viewer.canComment).toBe(false);
    const other = await createTestProject();
    await expect(withProjectAccess(other.owner.id, f.slug, (access) => createComment(access, f.claim.id, { body: "hello" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(other.owner.id, f.slug, (access) => listComments(access, f.claim.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(other.owner.id, other.project.slug, (access) => createComment(access, f.claim.id, { body: "hello" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.comment.count({ where: { annotationId: f.claim.id } })).toBe(0);
  });

  it("@mentions notify project members only, once, and never the writer", async () => {
    const f = await fixtureWithClaim();
    const other = await createTestProject();
    const body = `@${f.reviewer.email.toUpperCase()} and @${f.viewer.email}, see @${other.owner.email} or mail ${f.owner.email}. Again @${f.reviewer.email}; me: @${f.annotator.email}`;
    const comment = await withProjectAccess(f.annotator.id, f.slug, (access) => createComment(access, f.claim.id, { body }));
    expect(comment.mentions).toEqual([f.reviewer.id, f.viewer.id, f.annotator.id]);
    expect(comment.segments.filter((s) => "mention" in s).map((s) => ("mention" in s ? s.mention.id : ""))).toEqual([
      f.reviewer.id,
      f.viewer.id,
      f.reviewer.id,
      f.annotator.id,
    ]);
    expect(comment.segments.map((s) => ("text" in s ? s.text : `@${s.mention.email}`)).join("").toLowerCase()).toBe(body.toLowerCase());
    const notes = await db.notification.findMany({ where: { annotationId: f.claim.id }, orderBy: { userId: "asc" } });
    expect(notes.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [f.reviewer.id, "MENTION"],
        [f.viewer.id, "MENTION"],
      ].sort(),
    );
    expect(await db.notification.count({ where: { userId: { in: [other.owner.id, f.owner.id] } } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Comment", entityId: comment.id } });
    expect(audit).toMatchObject({ action: "comment.create", actorId: f.annotator.id });
    const event = await db.event.findFirstOrThrow({ where: { projectId: f.project.id, type: "comment.created" } });
    expect(event.payload).toEqual({ annotationId: f.claim.id, commentId: comment.id });
  });

  it("replies thread under the first comment and notify the replied-to author; edit and delete are the author's", async () => {
    const f = await fixtureWithClaim();
    const root = await withProjectAccess(f.reviewer.id, f.slug, (access) => createComment(access, f.claim.id, { body: "Is this a claim?" }));
    const reply = await withProjectAccess(f.annotator.id, f.slug, (access) => createComment(access, f.claim.id, { body: "Yes", parentId: root.id }));
    const nested = await withProjectAccess(f.owner.id, f.slug, (access) => createComment(access, f.claim.id, { body: "Agreed", parentId: reply.id }));
    expect(reply.parentId).toBe(root.id);
    expect(nested.parentId).toBe(root.id);
    const replies = await db.notification.findMany({ where: { annotationId: f.claim.id, kind: "REPLY" }, select: { userId: true } });
    expect(replies.map((r) => r.userId).sort()).toEqual([f.reviewer.id, f.annotator.id].sort());

    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateComment(access, f.claim.id, root.id, { body: "hijack" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => deleteComment(access, f.claim.id, root.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const edited = await withProjectAccess(f.reviewer.id, f.slug, (access) => updateComment(access, f.claim.id, root.id, { body: `Is this a claim, @${f.owner.email}?` }));
    expect(edited.body).toContain("@");
    expect(await db.notification.count({ where: { userId: f.owner.id, kind: "MENTION" } })).toBe(1);
    await withProjectAccess(f.reviewer.id, f.slug, (access) => updateComment(access, f.claim.id, root.id, { body: `Still, @${f.owner.email}?` }));
    expect(await db.notification.count({ where: { userId: f.owner.id, kind: "MENTION" } })).toBe(1);

    await withProjectAccess(f.reviewer.id, f.slug, (access) => deleteComment(access, f.claim.id, root.id));
    expect((await db.comment.findUniqueOrThrow({ where: { id: root.id } })).deletedAt).not.toBeNull();
    const listed = await withProjectAccess(f.annotator.id, f.slug, (access) => listComments(access, f.claim.id));
    expect(listed.comments.map((c) => [c.id, c.body])).toEqual([
      [root.id, ""],
      [reply.id, "Yes"],
      [nested.id, "Agreed"],
    ]);
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createComment(access, f.claim.id, { body: "x", parentId: root.id }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createComment(access, f.claim.id, { body: "   " }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the inbox lists decisions, mentions and replies, unread first, and marks them read", async () => {
    const f = await fixtureWithClaim();
    await withProjectAccess(f.reviewer.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "ACCEPT", comment: "Good", version: 1 }));
    const root = await withProjectAccess(f.annotator.id, f.slug, (access) => createComment(access, f.claim.id, { body: "Thanks" }));
    await withProjectAccess(f.reviewer.id, f.slug, (access) => createComment(access, f.claim.id, { body: `You're welcome @${f.annotator.email}`, parentId: root.id }));
    const inbox = await listNotifications(f.annotator.id);
    expect(inbox.unread).toBe(2);
    expect(inbox.notifications.map((n) => n.kind)).toEqual(["MENTION", "REVIEW"]);
    const review = inbox.notifications[1]!;
    expect(review).toMatchObject({
      actor: { id: f.reviewer.id },
      project: { slug: f.slug },
      article: { id: f.article.id },
      annotation: { id: f.claim.id, exact: "police said" },
      payload: { decision: "ACCEPT", comment: "Good" },
      href: `/projects/${f.slug}/articles/${f.article.id}?annotation=${f.claim.id}`,
    });
    // Someone else's ids match nothing.
    expect(await markNotificationsRead(f.reviewer.id, { ids: [review.id] })).toMatchObject({ updated: 0 });
    expect(await markNotificationsRead(f.annotator.id, { ids: [review.id] })).toEqual({ updated: 1, unread: 1 });
    const after = await listNotifications(f.annotator.id);
    expect(after.notifications.map((n) => [n.kind, n.readAt === null])).toEqual([
      ["MENTION", true],
      ["REVIEW", false],
    ]);
    expect(await markNotificationsRead(f.annotator.id, { all: true })).toEqual({ updated: 1, unread: 0 });
    expect(await countUnreadNotifications(f.annotator.id)).toBe(0);
    await expect(markNotificationsRead(f.annotator.id, { ids: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    // Leaving the project silences its notifications.
    await withProjectAccess(f.owner.id, f.slug, (access) => decideReview(access, f.claim.id, { decision: "REJECT", version: 1 }));
    expect(await countUnreadNotifications(f.annotator.id)).toBe(1);
    await db.membership.deleteMany({ where: { projectId: f.project.id, userId: f.annotator.id } });
    expect(await countUnreadNotifications(f.annotator.id)).toBe(0);
    expect((await listNotifications(f.annotator.id)).notifications).toEqual([]);
  });
});
