import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { deriveArticleStatus } from "@/lib/workflow/derive-article-status";

// Recomputes Article.status from its inputs (assignments, annotations,
// reviews, gold) and stores it when it changed. The one writer of that
// column: call it inside the transaction of any change to those inputs
// (assigning, submitting, creating annotations, review decisions,
// adjudication) so the stored state never disagrees with the data.
// Does not bump Article.version: that guards the text, not the workflow.
export async function refreshArticleStatus(tx: DbClient, articleId: string): Promise<ArticleStatus | null> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { status: true, revision: true, goldCompletedAt: true, requiredAnnotators: true, project: { select: { defaultAnnotatorsPerArticle: true } } },
  });
  if (!article) return null;
  const live = { articleId, revision: article.revision, deletedAt: null };
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const assignments = await tx.assignment.findMany({ where: { articleId }, select: { status: true } });
  const annotations = await tx.annotation.count({ where: live });
  const settled = await tx.annotation.count({
    where: {
      ...live,
      OR: [
        { isGold: true },
        { reviewState: { in: ["ACCEPTED", "REJECTED"] } },
        { adjudications: { some: { isGold: true, deletedAt: null } } },
      ],
    },
  });
  const decisions = await tx.review.count({ where: { annotation: live } });
  const undecidedButReviewed = await tx.annotation.count({ where: { ...live, reviewState: { not: "PENDING" }, reviews: { none: {} } } });
  const status = deriveArticleStatus({
    requiredAnnotators: article.requiredAnnotators ?? article.project.defaultAnnotatorsPerArticle,
    assignments,
    annotations,
    settledAnnotations: settled,
    reviewDecisions: decisions + undecidedButReviewed,
    goldComplete: article.goldCompletedAt !== null,
  });
  if (status !== article.status) await tx.article.update({ where: { id: articleId }, data: { status } });
  return status;
}
