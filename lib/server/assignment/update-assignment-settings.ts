import { assignmentSettingsSchema } from "@/lib/validations/assignment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

export type AssignmentSettings = { blindAnnotation: boolean; defaultAnnotatorsPerArticle: number };

// Project settings for the workflow: blind annotation and the default number
// of annotators per article. A new default can move articles that follow it
// into or out of "submitted", so their states are refreshed in the same
// transaction.
export async function updateAssignmentSettings(access: ProjectAccess, input: unknown): Promise<AssignmentSettings> {
  assertCan(access, "project.manage");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(assignmentSettingsSchema, input, "Invalid settings.");

  return transaction(async (tx) => {
    const select = { blindAnnotation: true, defaultAnnotatorsPerArticle: true } as const;
    const before = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select });
    const after = await tx.project.update({ where: { id: project.id }, data: data, select });
    await writeAuditLog(tx, { projectId: project.id, actorId, action: "project.assignmentSettings", entityType: "Project", entityId: project.id, before, after });
    if (after.defaultAnnotatorsPerArticle !== before.defaultAnnotatorsPerArticle) {
      const following = await tx.article.findMany({ where: { projectId: project.id, deletedAt: null, requiredAnnotators: null }, select: { id: true } });
      for (const article of following) await refreshArticleStatus(tx, article.id);
    }
    return after;
  });
}
