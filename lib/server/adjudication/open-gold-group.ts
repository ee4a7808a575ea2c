import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { lockArticleForAdjudication, type AdjudicatedArticle } from "@/lib/server/adjudication/lock-article-for-adjudication";
import { loadGoldBoard, type GoldBoard, type GoldGroup } from "@/lib/server/adjudication/load-gold-board";

// The start of every change to one group's gold decision: lock the article,
// refuse while the gold layer is marked complete, and find the group exactly
// as the adjudicator saw it. A group is named by its members' ids, so if an
// annotator changed it meanwhile the key no longer matches and the decision
// is refused (409) rather than applied to annotations nobody looked at.
export async function openGoldGroup(
  tx: DbClient,
  projectId: string,
  articleId: string,
  groupKey: string,
): Promise<{ article: AdjudicatedArticle; board: GoldBoard; group: GoldGroup }> {
  const article = await lockArticleForAdjudication(tx, projectId, articleId);
  if (article.goldCompletedAt) {
    throw new AppError("CONFLICT", "This article's gold layer is marked complete; reopen it before changing a decision.");
  }
  const board = await loadGoldBoard(tx, projectId, article);
  const group = board.groups.find((g) => g.key === groupKey);
  if (!group) {
    throw new AppError("CONFLICT", "The annotations in this group changed after the page was loaded (edited, added or deleted). Reload to see them and decide again.");
  }
  return { article, board, group };
}
