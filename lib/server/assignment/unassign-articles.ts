import { AppError } from "@/lib/errors/app-error";
import { assignArticlesSchema } from "@/lib/validations/assignment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { recordAssignmentChange } from "@/lib/server/assignment/record-assignment-change";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Owners take chosen people off chosen articles. Submitted work is a record
// the review relies on, so a submitted assignment cannot be removed: the
// whole request is refused and nothing changes. The annotations people made
// stay; only the assignment goes (its last state is kept in the audit log).
export async function unassignArticles(access: ProjectAccess, input: unknown): Promise<{ removed: number }> {
  assertCan(access, "articles.assign");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(assignArticlesSchema, input, "Invalid request.");
  const { articleIds, userIds } = data;

  return transaction(async (tx) => {
    // Locked, so a submit racing this request either lands first (and is refused
    // removal below) or waits and then finds its assignment gone.
    await tx.$queryRaw`
      SELECT id FROM "Assignment"
      WHERE "projectId" = ${project.id} AND "articleId" = ANY(${articleIds}) AND "userId" = ANY(${userIds})
      FOR UPDATE`;
    const rows = await tx.assignment.findMany({
      where: { projectId: project.id, articleId: { in: articleIds }, userId: { in: userIds } },
    });
    if (rows.some((row) => row.status === "SUBMITTED")) {
      throw new AppError("CONFLICT", "Submitted assignments cannot be removed; nothing was changed.");
    }
    for (const row of rows) {
      await tx.assignment.delete({ where: { id: row.id } });
      await recordAssignmentChange(tx, { projectId: project.id, actorId, action: "assignment.delete", before: row, after: null });
    }
    for (const articleId of new Set(rows.map((r) => r.articleId))) await refreshArticleStatus(tx, articleId);
    return { removed: rows.length };
  });
}
