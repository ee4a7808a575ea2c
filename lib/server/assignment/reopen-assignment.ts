import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { canReopenSubmission } from "@/lib/workflow/can-reopen-submission";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { findOwnAssignment } from "@/lib/server/assignment/find-own-assignment";
import { recordAssignmentChange } from "@/lib/server/assignment/record-assignment-change";
import { toMyAssignment, type MyAssignment } from "@/lib/server/assignment/to-my-assignment";
import { transaction } from "@/lib/db/transaction";

// An annotator takes back a submission to keep working, within the limits of
// canReopenSubmission (not once review started, never in a blind project).
export async function reopenAssignment(access: ProjectAccess, articleId: string): Promise<MyAssignment> {
  assertCan(access, "annotations.create");
  const { project } = access;
  const actorId = access.userId;
  return transaction(async (tx) => {
    const own = await findOwnAssignment(tx, { projectId: project.id, articleId, userId: actorId });
    if (own.status !== "SUBMITTED") throw new AppError("CONFLICT", "This article is not submitted.");
    const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { status: true } });
    if (!canReopenSubmission({ assignmentStatus: own.status, articleStatus: article.status, blindAnnotation: project.blindAnnotation })) {
      throw new AppError(
        "CONFLICT",
        project.blindAnnotation
          ? "In a blind project a submission is final: you have seen colleagues' annotations since."
          : "Review of this article has started, so the submission can no longer be reopened.",
      );
    }
    const after = await tx.assignment.update({ where: { id: own.id }, data: { status: "IN_PROGRESS", submittedAt: null } });
    await recordAssignmentChange(tx, { projectId: project.id, actorId, action: "assignment.reopen", before: own, after });
    await refreshArticleStatus(tx, articleId);
    return toMyAssignment(tx, own.id, project.blindAnnotation);
  });
}
