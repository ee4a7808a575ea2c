import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { DbClient } from "@/lib/server/db-client";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { recordAssignmentChange } from "@/lib/server/assignment/record-assignment-change";

export type AssignmentPair = { articleId: string; userId: string };

// Creates the assignments that do not exist yet (existing ones are left as
// they are, so assigning twice is harmless), tells each new assignee with an
// ASSIGNMENT notification, and refreshes the articles' states. Checks that
// every article is a live article of the project and every person a member
// who may annotate; callers have checked the actor's own right.
export async function insertAssignments(
  tx: DbClient,
  context: { projectId: string; actorId: string },
  pairs: readonly AssignmentPair[],
): Promise<{ created: AssignmentPair[] }> {
  // Serialises assigning within a project (re-entrant for auto-assign, which
  // takes it first): two owners assigning the same person at once must not
  // both try to insert the same row.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assignments:${context.projectId}`}))`;
  const articleIds = [...new Set(pairs.map((p) => p.articleId))];
  const userIds = [...new Set(pairs.map((p) => p.userId))];
  const articles = await tx.article.findMany({
    where: { id: { in: articleIds }, projectId: context.projectId, deletedAt: null },
    select: { id: true, title: true },
  });
  const members = await tx.membership.findMany({
    where: { projectId: context.projectId, userId: { in: userIds } },
    select: { userId: true, role: true },
  });
  if (articles.length !== articleIds.length) throw new AppError("NOT_FOUND", "One of the chosen articles does not exist in this project.");
  const annotators = new Set(members.filter((m) => can(m.role, "annotations.create")).map((m) => m.userId));
  if (userIds.some((id) => !annotators.has(id))) {
    throw new AppError("BAD_REQUEST", "Only members who may annotate (annotators, reviewers, owners) can be assigned.");
  }

  const existing = await tx.assignment.findMany({
    where: { articleId: { in: articleIds }, userId: { in: userIds } },
    select: { articleId: true, userId: true },
  });
  const taken = new Set(existing.map((a) => `${a.articleId}:${a.userId}`));
  // Someone who already annotated the article has, in effect, started.
  const begun = await tx.annotation.groupBy({
    by: ["articleId", "authorId"],
    where: { articleId: { in: articleIds }, authorId: { in: userIds }, deletedAt: null },
  });
  const started = new Set(begun.map((a) => `${a.articleId}:${a.authorId}`));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const created: AssignmentPair[] = [];
  for (const pair of pairs) {
    const key = `${pair.articleId}:${pair.userId}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const row = await tx.assignment.create({
      data: {
        projectId: context.projectId,
        articleId: pair.articleId,
        userId: pair.userId,
        assignedById: context.actorId,
        status: started.has(key) ? "IN_PROGRESS" : "ASSIGNED",
      },
    });
    await tx.notification.create({
      data: {
        userId: pair.userId,
        kind: "ASSIGNMENT",
        actorId: context.actorId,
        articleId: pair.articleId,
        projectId: context.projectId,
        payload: { assignmentId: row.id, articleTitle: titles.get(pair.articleId) ?? "" },
      },
    });
    await recordAssignmentChange(tx, { projectId: context.projectId, actorId: context.actorId, action: "assignment.create", before: null, after: row });
    created.push(pair);
  }
  for (const articleId of new Set(created.map((p) => p.articleId))) await refreshArticleStatus(tx, articleId);
  return { created };
}
