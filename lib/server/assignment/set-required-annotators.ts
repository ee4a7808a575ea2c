import { AppError } from "@/lib/errors/app-error";
import { requiredAnnotatorsSchema } from "@/lib/validations/assignment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// How many annotators the chosen articles need; null returns them to the
// project default. Changes when an article counts as "submitted".
export async function setRequiredAnnotators(access: ProjectAccess, input: unknown): Promise<{ updated: number }> {
  assertCan(access, "articles.assign");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(requiredAnnotatorsSchema, input, "Invalid request.");
  const { required } = data;
  const articleIds = [...new Set(data.articleIds)];

  return transaction(async (tx) => {
    const articles = await tx.article.findMany({
      where: { id: { in: articleIds }, projectId: project.id, deletedAt: null },
      select: { id: true, requiredAnnotators: true },
    });
    if (articles.length !== articleIds.length) throw new AppError("NOT_FOUND", "One of the chosen articles does not exist in this project.");
    for (const article of articles) {
      if (article.requiredAnnotators === required) continue;
      await tx.article.update({ where: { id: article.id }, data: { requiredAnnotators: required } });
      await writeAuditLog(tx, {
        projectId: project.id,
        actorId,
        action: "article.requiredAnnotators",
        entityType: "Article",
        entityId: article.id,
        before: { requiredAnnotators: article.requiredAnnotators },
        after: { requiredAnnotators: required },
      });
      await refreshArticleStatus(tx, article.id);
    }
    return { updated: articles.length };
  });
}
