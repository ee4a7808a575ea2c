import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findOwnAssignment } from "@/lib/server/assignment/find-own-assignment";
import { markAssignmentStarted } from "@/lib/server/assignment/mark-assignment-started";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { toMyAssignment, type MyAssignment } from "@/lib/server/assignment/to-my-assignment";
import { transaction } from "@/lib/db/transaction";

// An annotator says "I'm on it" before making a first annotation. Starting
// an assignment already in progress or submitted changes nothing.
export async function startAssignment(access: ProjectAccess, articleId: string): Promise<MyAssignment> {
  assertCan(access, "annotations.create");
  const { project } = access;
  const actorId = access.userId;
  return transaction(async (tx) => {
    const own = await findOwnAssignment(tx, { projectId: project.id, articleId, userId: actorId });
    await markAssignmentStarted(tx, { projectId: project.id, articleId, userId: actorId });
    // No annotation row is locked here, so the article may be updated inside (see refreshArticleStatus).
    await refreshArticleStatus(tx, articleId);
    return toMyAssignment(tx, own.id, project.blindAnnotation);
  });
}
