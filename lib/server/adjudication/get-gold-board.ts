import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { loadGoldBoard, type GoldBoard } from "@/lib/server/adjudication/load-gold-board";

export type GoldBoardView = GoldBoard & {
  article: { id: string; title: string; text: string; revision: number; goldCompletedAt: string | null };
};

// The adjudication page's data, for reviewers and owners ("gold.adjudicate").
export async function getGoldBoard(access: ProjectAccess, articleId: string): Promise<GoldBoardView> {
  assertCan(access, "gold.adjudicate");
  const { project } = access;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, title: true, text: true, revision: true, goldExcludedIds: true, goldCompletedAt: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  const board = await loadGoldBoard(db, project.id, article);
  return {
    ...board,
    article: { id: article.id, title: article.title, text: article.text, revision: article.revision, goldCompletedAt: article.goldCompletedAt?.toISOString() ?? null },
  };
}
