import { AppError } from "@/lib/errors/app-error";
import { goldLayerCompleteSchema } from "@/lib/validations/adjudication";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { lockArticleForAdjudication } from "@/lib/server/adjudication/lock-article-for-adjudication";
import { loadGoldBoard } from "@/lib/server/adjudication/load-gold-board";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Declares an article's gold layer complete (every group decided) or reopens
// it: sets Article.goldCompletedAt/goldCompletedById and refreshes the
// article's workflow status in the same transaction (a complete gold layer
// makes it DONE; see lib/workflow/derive-article-status.ts). While complete,
// no group decision can change (openGoldGroup refuses).
export async function setGoldLayerComplete(access: ProjectAccess, articleId: string, input: unknown): Promise<{ goldCompletedAt: string | null }> {
  assertCan(access, "gold.adjudicate");
  const { project, userId } = access;
  const data = parseInput(goldLayerCompleteSchema, input, "Invalid request.");
  const { complete } = data;

  return transaction(async (tx) => {
    const article = await lockArticleForAdjudication(tx, project.id, articleId);
    if (complete === (article.goldCompletedAt !== null)) return { goldCompletedAt: article.goldCompletedAt?.toISOString() ?? null };
    if (complete) {
      const { progress } = await loadGoldBoard(tx, project.id, article);
      const open = progress.total - progress.resolved;
      if (open > 0) throw new AppError("CONFLICT", `${open} of ${progress.total} groups are still undecided; decide them before marking the gold layer complete.`);
    }
    const goldCompletedAt = complete ? new Date() : null;
    await tx.article.update({ where: { id: article.id }, data: { goldCompletedAt, goldCompletedById: complete ? userId : null } });
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId: userId,
      action: complete ? "gold.complete" : "gold.reopen",
      entityType: "Article",
      entityId: article.id,
      before: { goldCompletedAt: article.goldCompletedAt?.toISOString() ?? null },
      after: { goldCompletedAt: goldCompletedAt?.toISOString() ?? null },
    });
    await refreshArticleStatus(tx, article.id);
    await recordEvent(tx, { projectId: project.id, articleId: article.id, type: "article.adjudicated", actorId: userId, payload: { articleId: article.id, decision: complete ? "complete" : "reopen-layer" } });
    return { goldCompletedAt: goldCompletedAt?.toISOString() ?? null };
  });
}
