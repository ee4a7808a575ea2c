import type { ArticleStatus, AssignmentStatus } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { deriveArticleStatus } from "@/lib/workflow/derive-article-status";
import { logger } from "@/lib/log/logger";
import { db } from "@/lib/db";

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
// the annotation. Creates must not either: each holds the article FOR SHARE,
// and two of them both updating it deadlock (bench:load, 50 annotators). They call refreshArticleStatusAfterCommit right after their
// commit, which reports a failure instead of failing the write that did
// commit: the state is derived, and the next change to the article
// recomputes it.
type StatusInputsRow = {
  status: ArticleStatus;
  requiredAnnotators: number;
  goldComplete: boolean;
  assignments: AssignmentStatus[];
  annotations: number;
  settled: number;
  decisions: number;
  undecidedButReviewed: number;
};

export async function refreshArticleStatus(tx: DbClient, articleId: string): Promise<ArticleStatus | null> {
  // Every input in one statement: this runs after every annotation create and
  // delete, and as separate queries it was seven round trips (bench:load,
  // docs/benchmarks.md). "Live" = not deleted and on the current revision.
  const rows = await tx.$queryRaw<StatusInputsRow[]>`
    SELECT a.status::text AS status,
           COALESCE(a."requiredAnnotators", p."defaultAnnotatorsPerArticle")::int AS "requiredAnnotators",
           a."goldCompletedAt" IS NOT NULL AS "goldComplete",
           ARRAY(SELECT s.status::text FROM "Assignment" s WHERE s."articleId" = a.id) AS assignments,
           (SELECT COUNT(*) FROM "Annotation" n
             WHERE n."articleId" = a.id AND n.revision = a.revision AND n."deletedAt" IS NULL)::int AS annotations,
           (SELECT COUNT(*) FROM "Annotation" n
             WHERE n."articleId" = a.id AND n.revision = a.revision AND n."deletedAt" IS NULL
               AND (n."isGold" OR n."reviewState" IN ('ACCEPTED', 'REJECTED')
                    OR EXISTS (SELECT 1 FROM "Annotation" g WHERE g."adjudicatedFromId" = n.id AND g."isGold" AND g."deletedAt" IS NULL)))::int AS settled,
           (SELECT COUNT(*) FROM "Review" r JOIN "Annotation" n ON n.id = r."annotationId"
             WHERE n."articleId" = a.id AND n.revision = a.revision AND n."deletedAt" IS NULL)::int AS decisions,
           (SELECT COUNT(*) FROM "Annotation" n
             WHERE n."articleId" = a.id AND n.revision = a.revision AND n."deletedAt" IS NULL
               AND n."reviewState" <> 'PENDING' AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."annotationId" = n.id))::int AS "undecidedButReviewed"
    FROM "Article" a JOIN "Project" p ON p.id = a."projectId"
    WHERE a.id = ${articleId}`;
  const inputs = rows[0];
  if (!inputs) return null;
  const status = deriveArticleStatus({
    requiredAnnotators: inputs.requiredAnnotators,
    assignments: inputs.assignments.map((assignmentStatus) => ({ status: assignmentStatus })),
    annotations: inputs.annotations,
    settledAnnotations: inputs.settled,
    reviewDecisions: inputs.decisions + inputs.undecidedButReviewed,
    goldComplete: inputs.goldComplete,
  });
  if (status !== inputs.status) await tx.article.update({ where: { id: articleId }, data: { status } });
  return status;
}

/**
 * The refresh a write runs right after its commit (see above): logs a failure,
 * never throws. Outside any transaction: the read takes no locks and the write
 * is one statement, so BEGIN and COMMIT would add two round trips per write
 * and no safety (bench:load, docs/benchmarks.md).
 */
export async function refreshArticleStatusAfterCommit(articleId: string): Promise<void> {
  await refreshArticleStatus(db, articleId).catch((error: unknown) =>
    logger().error({ err: error, articleId }, "article workflow state not refreshed; the next change recomputes it"),
  );
}
