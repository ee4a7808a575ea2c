import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStateDTO } from "@/lib/annotations/annotation-dto";
import type { QueueItemDTO } from "@/lib/review/review-dto";
import { reviewQueueFiltersSchema } from "@/lib/validations/review";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { reviewDtoSelect, toReviewDTO } from "@/lib/server/review/review-dto-select";
import { wordsBefore } from "@/lib/server/review/words-before";
import { wordsAfter } from "@/lib/server/review/words-after";
import { parseInput } from "@/lib/validations/parse-input";

export const REVIEW_QUEUE_LIMIT = 200;

export type ReviewQueue = {
  items: QueueItemDTO[];
  // Per review state, under the other filters; `total` is all states.
  counts: Record<ReviewStateDTO, number> & { total: number };
  truncated: boolean;
  // Reviewers see colleagues' work; everyone else sees the results on their own.
  scope: "colleagues" | "mine";
};

const DAY = 24 * 60 * 60 * 1000;

// The review queue: live annotations (not gold) on live articles,
// filtered, oldest change first (first come, first reviewed). Reviewers and
// owners get colleagues' annotations (never their own: they cannot review
// them); annotators and viewers get their own, to follow what happened to it.
export async function listReviewQueue(access: ProjectAccess, filters: unknown): Promise<ReviewQueue> {
  assertCan(access, "project.view");
  const { project, role, userId } = access;
  const f = parseInput(reviewQueueFiltersSchema, filters, "Invalid filters.");
  const scope = can(role, "reviews.decide") ? "colleagues" : "mine";

  const where: Prisma.AnnotationWhereInput = {
    projectId: project.id,
    deletedAt: null,
    isGold: false,
    article: { deletedAt: null },
    // A reviewer filtering by themselves gets nothing: one's own work is not reviewable.
    authorId: scope === "mine" ? userId : { not: userId, ...(f.authorId ? { equals: f.authorId } : {}) },
  };
  if (f.articleId) where.articleId = f.articleId;
  if (f.kind) where.kind = f.kind;
  if (f.statusId) where.statusId = f.statusId;
  if (f.from || f.to) {
    where.updatedAt = {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
      ...(f.to ? { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY) } : {}),
    };
  }

  const [grouped, rows] = await Promise.all([
    db.annotation.groupBy({ by: ["reviewState"], where, _count: { _all: true } }),
    db.annotation.findMany({
      where: f.reviewState === "ANY" ? where : { ...where, reviewState: f.reviewState },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: REVIEW_QUEUE_LIMIT + 1,
      select: {
        id: true,
        kind: true,
        exact: true,
        prefix: true,
        suffix: true,
        claimTypeId: true,
        statusId: true,
        entityTypeId: true,
        note: true,
        reviewState: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        article: { select: { id: true, title: true } },
        author: { select: { id: true, name: true } },
        reviews: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: reviewDtoSelect },
      },
    }),
  ]);

  const counts = { PENDING: 0, ACCEPTED: 0, REJECTED: 0, CHANGES_REQUESTED: 0, total: 0 };
  for (const group of grouped) {
    counts[group.reviewState] = group._count._all;
    counts.total += group._count._all;
  }
  const items = rows.slice(0, REVIEW_QUEUE_LIMIT).map((row): QueueItemDTO => {
    const last = row.reviews[0] ? toReviewDTO(row.reviews[0]) : null;
    return {
      id: row.id,
      kind: row.kind,
      article: row.article,
      author: row.author,
      before: wordsBefore(row.prefix),
      exact: row.exact,
      after: wordsAfter(row.suffix),
      claimTypeId: row.claimTypeId,
      statusId: row.statusId,
      entityTypeId: row.entityTypeId,
      note: row.note,
      reviewState: row.reviewState,
      version: row.version,
      changedSinceReview: last !== null && last.annotationVersion < row.version,
      lastReview: last,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
  return { items, counts, truncated: rows.length > REVIEW_QUEUE_LIMIT, scope };
}
