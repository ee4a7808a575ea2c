import type { DbClient } from "@/lib/server/db-client";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { recordAssignmentChange } from "@/lib/server/assignment/record-assignment-change";

// Moves `userId`'s assignment on the article from ASSIGNED to IN_PROGRESS,
// if there is one in that state; otherwise changes nothing. Called by an
// explicit "start" and inside the transaction that creates an annotation
// (first annotation = started). Always refreshes the article's state, since
// a new annotation alone can move it out of NOT_STARTED.
export async function markAssignmentStarted(
  tx: DbClient,
  input: { projectId: string; articleId: string; userId: string },
): Promise<void> {
  const before = await tx.assignment.findUnique({ where: { articleId_userId: { articleId: input.articleId, userId: input.userId } } });
  if (before?.status === "ASSIGNED") {
    const moved = await tx.assignment.updateMany({ where: { id: before.id, status: "ASSIGNED" }, data: { status: "IN_PROGRESS" } });
    if (moved.count === 1) {
      await recordAssignmentChange(tx, {
        projectId: input.projectId,
        actorId: input.userId,
        action: "assignment.start",
        before,
        after: { ...before, status: "IN_PROGRESS" },
      });
    }
  }
  await refreshArticleStatus(tx, input.articleId);
}
