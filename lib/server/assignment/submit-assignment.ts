import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { findOwnAssignment } from "@/lib/server/assignment/find-own-assignment";
import { recordAssignmentChange } from "@/lib/server/assignment/record-assignment-change";
import { toMyAssignment, type MyAssignment } from "@/lib/server/assignment/to-my-assignment";
import { transaction } from "@/lib/db/transaction";

// An annotator hands in their work on an article. In a blind project this is
// also the moment they start seeing colleagues' annotations there.
export async function submitAssignment(access: ProjectAccess, articleId: string): Promise<MyAssignment> {
  assertCan(access, "annotations.create");
  const { project } = access;
  const actorId = access.userId;
  return transaction(async (tx) => {
    const own = await findOwnAssignment(tx, { projectId: project.id, articleId, userId: actorId });
    if (own.status === "SUBMITTED") throw new AppError("CONFLICT", "You have already submitted this article.");
    const after = await tx.assignment.update({ where: { id: own.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    await recordAssignmentChange(tx, { projectId: project.id, actorId, action: "assignment.submit", before: own, after });
    await refreshArticleStatus(tx, articleId);
    return toMyAssignment(tx, own.id, project.blindAnnotation);
  });
}
