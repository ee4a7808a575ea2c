import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { deriveArticleStatus } from "@/lib/workflow/derive-article-status";
import { logger } from "@/lib/log/logger";

// Recomputes Article.status from its inputs (assignments, annotations,
// reviews, gold) and stores it when it changed. The one writer of that
// column: call it inside the transaction of any change to those inputs
// (assigning, submitting, creating annotations, review decisions,
// adjudication) so the stored state never disagrees with the data.
// Does not bump Article.version: that guards the text, not the workflow.
//
// Writes that lock an annotation row (deletes, restores, review decisions)
// must not update the article row inside their transaction: that deadlocks
// with concurrent edits, which take the article FOR SHARE and then wait for
// the annotation. They call it in a transaction of its own right after their
// commit, and report a failure with `statusRefreshFailed` instead of failing
// the write that did commit: the state is derived, and the next change to
// the article recomputes it.
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

/** The catch handler of a refresh run after a commit (see above): logs, never throws. */
export function statusRefreshFailed(articleId: string): (error: unknown) => void {
  return (error) => logger().error({ err: error, articleId }, "article workflow state not refreshed; the next change recomputes it");
}
