import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { listArticles } from "@/lib/server/article/list-articles";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { assignArticles } from "@/lib/server/assignment/assign-articles";
import { unassignArticles } from "@/lib/server/assignment/unassign-articles";
import { autoAssignArticles } from "@/lib/server/assignment/auto-assign-articles";
import { setRequiredAnnotators } from "@/lib/server/assignment/set-required-annotators";
import { updateAssignmentSettings } from "@/lib/server/assignment/update-assignment-settings";
import { startAssignment } from "@/lib/server/assignment/start-assignment";
import { submitAssignment } from "@/lib/server/assignment/submit-assignment";
import { reopenAssignment } from "@/lib/server/assignment/reopen-assignment";
import { listMyQueue } from "@/lib/server/assignment/list-my-queue";
import { listAssignmentBoard } from "@/lib/server/assignment/list-assignment-board";
import { getProjectProgress } from "@/lib/server/assignment/get-project-progress";
import { canViewerSeeAuthorOnArticle } from "@/lib/server/assignment/can-viewer-see-author-on-article";
import { createTestUser } from "@/tests/support/create-test-user";
import { createAnnotationFixture } from "../annotations/support/create-annotation-fixture";
import { createTestArticle } from "../annotations/support/create-test-article";
import { spanOf } from "../annotations/support/span-of";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { transaction } from "@/lib/db/transaction";

// The fixture plus a second annotator, as in the demo team.
async function fixture() {
  const f = await createAnnotationFixture();
  const annotator2 = await createTestUser("Annotator Two");
  await db.membership.create({ data: { projectId: f.project.id, userId: annotator2.id, role: "ANNOTATOR" } });
  return { ...f, annotator2 };
}

const statusOf = async (articleId: string) => (await db.article.findUniqueOrThrow({ where: { id: articleId } })).status;
const claim = (f: Awaited<ReturnType<typeof fixture>>, userId: string, words: string) =>
  withProjectAccess(userId, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, words) }));

describe("assignments (real Postgres)", () => {
  it("only owners assign; reviewers, annotators, viewers and outsiders are refused and nothing is written", async () => {
    const f = await fixture();
    const input = { articleIds: [f.article.id], userIds: [f.annotator.id] };
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => assignArticles(access, input))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => assignArticles(access, input))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(f.viewer.id, f.slug, (access) => assignArticles(access, input))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => assignArticles(access, input))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => autoAssignArticles(access, { articleIds: [f.article.id] }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(f.reviewer.id, f.slug, (access) => updateAssignmentSettings(access, { blindAnnotation: true }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => listAssignmentBoard(access))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.assignment.count({ where: { projectId: f.project.id } })).toBe(0);
  });

  it("refuses bad input with 4xx: viewers cannot be assigned, unknown articles, empty lists, nonsense counts", async () => {
    const f = await fixture();
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.viewer.id] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.outsider.id] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: ["nope"], userIds: [f.annotator.id] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [], userIds: [f.annotator.id] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => setRequiredAnnotators(access, { articleIds: [f.article.id], required: 0 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateAssignmentSettings(access, { defaultAnnotatorsPerArticle: 2.5 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateAssignmentSettings(access, {}))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.assignment.count({ where: { projectId: f.project.id } })).toBe(0);
  });

  it("assigning writes the assignment, a notification, an audit row and an assignment.changed event; twice is harmless", async () => {
    const f = await fixture();
    const result = await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id, f.annotator2.id] }));
    expect(result.created).toHaveLength(2);
    expect((await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id] }))).created).toEqual([]);

    const notes = await db.notification.findMany({ where: { userId: f.annotator.id } });
    expect(notes).toMatchObject([{ kind: "ASSIGNMENT", actorId: f.owner.id, articleId: f.article.id, projectId: f.project.id }]);
    const audit = await db.auditLog.findMany({ where: { projectId: f.project.id, entityType: "Assignment" } });
    expect(audit.map((a) => a.action)).toEqual(["assignment.create", "assignment.create"]);
    const events = await db.event.findMany({ where: { projectId: f.project.id, type: "assignment.changed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.payload)).toEqual([
      { articleId: f.article.id, userId: f.annotator.id },
      { articleId: f.article.id, userId: f.annotator2.id },
    ]);
    expect(events.every((e) => e.articleId === f.article.id)).toBe(true);
    expect(await statusOf(f.article.id)).toBe("NOT_STARTED");
  });

  it("walks an article through its states: assigned → in progress → submitted → in review → done", async () => {
    const f = await fixture();
    await withProjectAccess(f.owner.id, f.slug, (access) => setRequiredAnnotators(access, { articleIds: [f.article.id], required: 2 }));
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id, f.annotator2.id] }));
    expect(await statusOf(f.article.id)).toBe("NOT_STARTED");

    const a1 = await claim(f, f.annotator.id, "police");
    expect(await statusOf(f.article.id)).toBe("IN_PROGRESS");
    expect((await db.assignment.findFirstOrThrow({ where: { userId: f.annotator.id } })).status).toBe("IN_PROGRESS");

    expect(await withProjectAccess(f.annotator2.id, f.slug, (access) => startAssignment(access, f.article.id))).toMatchObject({ status: "IN_PROGRESS" });
    const a2 = await claim(f, f.annotator2.id, "Hafiz Saeed");

    expect(await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id))).toMatchObject({ status: "SUBMITTED", articleStatus: "IN_PROGRESS" });
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await withProjectAccess(f.annotator2.id, f.slug, (access) => submitAssignment(access, f.article.id))).toMatchObject({ status: "SUBMITTED", articleStatus: "SUBMITTED" });

    // The review team's decision, then the refresh they will call.
    await transaction(async (tx) => {
      await tx.review.create({ data: { annotationId: a1.id, reviewerId: f.reviewer.id, decision: "ACCEPT", annotationVersion: 1 } });
      await tx.annotation.update({ where: { id: a1.id }, data: { reviewState: "ACCEPTED" } });
      await refreshArticleStatus(tx, f.article.id);
    });
    expect(await statusOf(f.article.id)).toBe("IN_REVIEW");
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => reopenAssignment(access, f.article.id))).rejects.toMatchObject({ code: "CONFLICT" });

    await transaction(async (tx) => {
      await tx.review.create({ data: { annotationId: a2.id, reviewerId: f.reviewer.id, decision: "REJECT", annotationVersion: 1 } });
      await tx.annotation.update({ where: { id: a2.id }, data: { reviewState: "REJECTED" } });
      await refreshArticleStatus(tx, f.article.id);
    });
    expect(await statusOf(f.article.id)).toBe("DONE");

    const audit = await db.auditLog.findMany({ where: { projectId: f.project.id, entityType: "Assignment" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "assignment.create",
      "assignment.create",
      "assignment.start",
      "assignment.start",
      "assignment.submit",
      "assignment.submit",
    ]);
  });

  it("assigning someone who already annotated the article starts their assignment", async () => {
    const f = await fixture();
    await claim(f, f.annotator.id, "police");
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id, f.annotator2.id] }));
    const rows = await db.assignment.findMany({ where: { articleId: f.article.id } });
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.status]))).toEqual({ [f.annotator.id]: "IN_PROGRESS", [f.annotator2.id]: "ASSIGNED" });
    expect(await statusOf(f.article.id)).toBe("IN_PROGRESS");
  });

  it("a project default change moves articles that follow it; an article override does not follow", async () => {
    const f = await fixture();
    const other = await createTestArticle(f.project.id, "Second article text.", f.owner.id);
    await withProjectAccess(f.owner.id, f.slug, (access) => setRequiredAnnotators(access, { articleIds: [other.id], required: 1 }));
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id, other.id], userIds: [f.annotator.id] }));
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, other.id));
    expect([await statusOf(f.article.id), await statusOf(other.id)]).toEqual(["SUBMITTED", "SUBMITTED"]);

    await withProjectAccess(f.owner.id, f.slug, (access) => updateAssignmentSettings(access, { defaultAnnotatorsPerArticle: 2 }));
    expect([await statusOf(f.article.id), await statusOf(other.id)]).toEqual(["IN_PROGRESS", "SUBMITTED"]);
    expect(await db.auditLog.count({ where: { projectId: f.project.id, action: "project.assignmentSettings" } })).toBe(1);
  });

  it("reopening: allowed before review in an open project, refused in a blind one", async () => {
    const f = await fixture();
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id] }));
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    expect(await withProjectAccess(f.annotator.id, f.slug, (access) => reopenAssignment(access, f.article.id))).toMatchObject({ status: "IN_PROGRESS", submittedAt: null });
    await withProjectAccess(f.owner.id, f.slug, (access) => updateAssignmentSettings(access, { blindAnnotation: true }));
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => reopenAssignment(access, f.article.id))).rejects.toMatchObject({ code: "CONFLICT" });
    // Not assigned at all: nothing to submit.
    await expect(withProjectAccess(f.annotator2.id, f.slug, (access) => submitAssignment(access, f.article.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("unassigning removes open assignments but refuses (and changes nothing) when one is submitted", async () => {
    const f = await fixture();
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id, f.annotator2.id] }));
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    const both = { articleIds: [f.article.id], userIds: [f.annotator.id, f.annotator2.id] };
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => unassignArticles(access, both))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.assignment.count({ where: { articleId: f.article.id } })).toBe(2);
    expect(await withProjectAccess(f.owner.id, f.slug, (access) => unassignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator2.id] }))).toEqual({ removed: 1 });
    expect(await db.assignment.count({ where: { articleId: f.article.id } })).toBe(1);
    const deleted = await db.auditLog.findFirstOrThrow({ where: { projectId: f.project.id, action: "assignment.delete" } });
    expect(deleted.before).toMatchObject({ userId: f.annotator2.id, status: "ASSIGNED" });
  });

  it("auto-assign fills articles to N, least-loaded first, and reports shortfalls", async () => {
    const f = await fixture();
    const second = await createTestArticle(f.project.id, "Second article text.", f.owner.id);
    const third = await createTestArticle(f.project.id, "Third article text.", f.owner.id);
    // annotator already carries one open assignment: annotator2 goes first.
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id] }));
    const plan = await withProjectAccess(f.owner.id, f.slug, (access) => autoAssignArticles(access, { articleIds: [second.id, third.id], target: 1 }));
    expect(plan.assignments).toEqual([
      { articleId: second.id, userId: f.annotator2.id },
      // Both now carry one; the tie goes to the first by name.
      { articleId: third.id, userId: f.annotator.id },
    ]);

    const full = await withProjectAccess(f.owner.id, f.slug, (access) => autoAssignArticles(access, { articleIds: [f.article.id, second.id, third.id], target: 3 }));
    // Only two annotators exist: each article reaches 2 and misses 1.
    expect(full.shortfalls).toEqual([
      { articleId: f.article.id, missing: 1 },
      { articleId: second.id, missing: 1 },
      { articleId: third.id, missing: 1 },
    ]);
    expect(await db.assignment.count({ where: { projectId: f.project.id } })).toBe(6);
    const board = await withProjectAccess(f.owner.id, f.slug, (access) => listAssignmentBoard(access));
    expect(board.articles.every((a) => a.assignees.length === 2)).toBe(true);
    expect(board.people.filter((p) => p.role === "ANNOTATOR").map((p) => p.open)).toEqual([3, 3]);
  });

  it("blind mode hides colleagues' annotations from an assigned annotator until they submit, never from reviewers", async () => {
    const f = await fixture();
    await withProjectAccess(f.owner.id, f.slug, (access) => updateAssignmentSettings(access, { blindAnnotation: true, defaultAnnotatorsPerArticle: 2 }));
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id, f.annotator2.id] }));
    const first = await claim(f, f.annotator.id, "police");
    const second = await claim(f, f.annotator2.id, "Hafiz Saeed");
    const ids = async (userId: string) => (await withProjectAccess(userId, f.slug, (access) => listAnnotations(access, f.article.id))).map((a) => a.id);

    expect(await ids(f.annotator2.id)).toEqual([second.id]);
    expect(await ids(f.annotator.id)).toEqual([first.id]);
    expect(await ids(f.reviewer.id)).toEqual([second.id, first.id]);
    expect(await ids(f.owner.id)).toEqual([second.id, first.id]);

    // Counts on the article list follow the same rule.
    const countFor = async (userId: string) =>
      (await withProjectAccess(userId, f.slug, (access) => listArticles(access))).find((a) => a.id === f.article.id)?.claimCount;
    expect(await countFor(f.annotator2.id)).toBe(1);
    expect(await countFor(f.reviewer.id)).toBe(2);

    // The live stream's per-event check agrees.
    const see = (viewerId: string, authorId: string) =>
      canViewerSeeAuthorOnArticle(db, { viewerId, projectId: f.project.id, articleId: f.article.id, authorId });
    expect(await see(f.annotator2.id, f.annotator.id)).toBe(false);
    expect(await see(f.annotator2.id, f.annotator2.id)).toBe(true);
    expect(await see(f.reviewer.id, f.annotator.id)).toBe(true);
    expect(await see(f.outsider.id, f.annotator.id)).toBe(false);

    await withProjectAccess(f.annotator2.id, f.slug, (access) => submitAssignment(access, f.article.id));
    expect(await ids(f.annotator2.id)).toEqual([second.id, first.id]);
    expect(await see(f.annotator2.id, f.annotator.id)).toBe(true);
    expect(await countFor(f.annotator2.id)).toBe(2);
    // The colleague who has not submitted is still blind.
    expect(await ids(f.annotator.id)).toEqual([first.id]);

    await withProjectAccess(f.owner.id, f.slug, (access) => updateAssignmentSettings(access, { blindAnnotation: false }));
    expect(await ids(f.annotator.id)).toEqual([second.id, first.id]);
  });

  it("my queue lists only the caller's assignments, open work first, with their own annotation count", async () => {
    const f = await fixture();
    const second = await createTestArticle(f.project.id, "Second article text.", f.owner.id);
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id, second.id], userIds: [f.annotator.id] }));
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator2.id] }));
    await claim(f, f.annotator2.id, "Hafiz Saeed");
    await claim(f, f.annotator.id, "police");
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    await withProjectAccess(f.annotator.id, f.slug, (access) => startAssignment(access, second.id));
    const queue = await withProjectAccess(f.annotator.id, f.slug, (access) => listMyQueue(access));
    expect(queue.map((q) => [q.articleId, q.status, q.myAnnotations])).toEqual([
      [second.id, "IN_PROGRESS", 0],
      [f.article.id, "SUBMITTED", 1],
    ]);
    expect(await withProjectAccess(f.viewer.id, f.slug, (access) => listMyQueue(access))).toEqual([]);
  });

  it("progress: counts by state, reviewed share and per-person throughput", async () => {
    const f = await fixture();
    const second = await createTestArticle(f.project.id, "Second article text.", f.owner.id);
    await withProjectAccess(f.owner.id, f.slug, (access) => assignArticles(access, { articleIds: [f.article.id], userIds: [f.annotator.id] }));
    const a = await claim(f, f.annotator.id, "police");
    await claim(f, f.annotator.id, "Hafiz Saeed");
    await withProjectAccess(f.annotator.id, f.slug, (access) => submitAssignment(access, f.article.id));
    await db.annotation.update({ where: { id: a.id }, data: { reviewState: "ACCEPTED" } });
    const progress = await withProjectAccess(f.viewer.id, f.slug, (access) => getProjectProgress(access));
    expect(progress.statusCounts).toEqual({ NOT_STARTED: 1, IN_PROGRESS: 0, SUBMITTED: 1, IN_REVIEW: 0, DONE: 0 });
    expect(progress.articles).toBe(2);
    expect([progress.annotations, progress.reviewed]).toEqual([2, 1]);
    expect(progress.perDay).toHaveLength(14);
    expect(progress.perDay.at(-1)?.count).toBe(2);
    expect(progress.people).toEqual([{ id: f.annotator.id, name: "Annotator", annotations: 2, recentAnnotations: 2, submitted: 1, open: 0 }]);
    expect(second.status).toBe("NOT_STARTED");
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => getProjectProgress(access))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
