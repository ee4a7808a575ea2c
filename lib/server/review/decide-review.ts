import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ReviewDTO } from "@/lib/review/review-dto";
import { decideReviewSchema } from "@/lib/validations/review";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { annotationConflict } from "@/lib/server/annotation/annotation-conflict";
import { recordAuditedEvent } from "@/lib/server/event/record-audited-event";
import { createNotifications } from "@/lib/server/notification/create-notifications";
import { assertNotBlinded, visibleAnnotationWhere } from "@/lib/server/review/find-visible-annotation";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { reviewDtoSelect, toReviewDTO } from "@/lib/server/review/review-dto-select";
import { reviewStateOf } from "@/lib/server/review/review-state-of";
import { refreshArticleStatusAfterCommit } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// A reviewer's (or owner's) decision on a colleague's annotation. Reviewing
// one's own work is refused for every role: a review is a second pair of
// eyes, and an owner working alone can still accept by asking a reviewer.
//
// The decision names the annotation version the reviewer looked at; if the
// author changed it since, the decision is refused (409 with the current
// state) rather than stamping "accepted" on words nobody reviewed. A decision
// judges the annotation but does not edit it, so it leaves `version` alone:
// the author's open editor is not made stale by a review. The Review row,
// reviewState, the audit row, the feed event and the author's notification
// commit together.
export async function decideReview(access: ProjectAccess, annotationId: string, input: unknown): Promise<ReviewDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  if (!can(access.role, "reviews.decide")) throw new AppError("FORBIDDEN", "Only reviewers and owners can accept, reject or request changes.");
  const data = parseInput(decideReviewSchema, input, "Invalid decision.");
  const { decision, comment, version } = data;
  const { project } = access;

  let articleId = "";
  const decided = await transaction(async (tx) => {
    // The visibility check and the state before, in one read.
    const row = await tx.annotation.findFirst({ where: visibleAnnotationWhere(access, annotationId), select: annotationDtoSelect });
    if (!row) throw new AppError("NOT_FOUND", "Annotation not found.");
    const before = toAnnotationDTO(row);
    const stored = { articleId: row.articleId, authorId: row.author.id };
    await assertNotBlinded(access, userId, stored, tx);
    if (stored.authorId === userId) throw new AppError("FORBIDDEN", "You cannot review your own annotation; ask a colleague.");
    articleId = stored.articleId;
    const reviewState = reviewStateOf(decision);
    // The guard and the write are one statement, so an edit committing in
    // between cannot slip under the decision.
    const written = await tx.annotation.updateMany({
      where: { id: annotationId, projectId: project.id, version, deletedAt: null },
      data: { reviewState },
    });
    if (written.count !== 1) throw await annotationConflict(tx, project.id, annotationId, version, "live");
    const review = await tx.review.create({
      data: { annotationId, reviewerId: userId, decision, comment, annotationVersion: version },
      select: reviewDtoSelect,
    });
    const after = await findAnnotationDTO(tx, project.id, annotationId);
    await recordAuditedEvent(
      tx,
      {
        projectId: project.id,
        actorId: userId,
        action: "annotation.review",
        entityType: "Annotation",
        entityId: annotationId,
        before: { ...before, review: null },
        after: after ? { ...after, review: { id: review.id, decision, comment } } : null,
      },
      {
        projectId: project.id,
        articleId: stored.articleId,
        type: "review.created",
        actorId: userId,
        payload: { annotationId, reviewId: review.id, decision, version },
      },
    );
    await createNotifications(tx, [
      {
        userId: stored.authorId,
        kind: "REVIEW",
        actorId: userId,
        projectId: project.id,
        articleId: stored.articleId,
        annotationId,
        payload: { decision, comment, reviewId: review.id },
        annotationAuthorId: stored.authorId,
      },
    ]);
    return toReviewDTO(review);
  });
  // After the commit (refreshing inside would deadlock; see refreshArticleStatus).
  await refreshArticleStatusAfterCommit(articleId);
  return decided;
}
