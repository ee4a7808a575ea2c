import type { DbClient } from "@/lib/server/db-client";
import { recordAssignmentChange } from "@/lib/server/assignment/record-assignment-change";

// Moves `userId`'s assignment on the article from ASSIGNED to IN_PROGRESS,
// if there is one in that state; otherwise changes nothing. Called by an
// explicit "start" and inside the transaction that creates an annotation
// (first annotation = started). It does not refresh the article's state:
// inside an annotation's transaction that update of the article row, taken
// FOR SHARE by every concurrent create on the article, deadlocked (bench:load
// with 50 annotators on five articles). Callers refresh it: a create right
// after its commit, an explicit start in its own transaction.
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
}
