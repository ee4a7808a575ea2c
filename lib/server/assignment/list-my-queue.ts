import { db } from "@/lib/db";
import type { ArticleStatus, AssignmentStatus } from "@/lib/generated/prisma/enums";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { canReopenSubmission } from "@/lib/workflow/can-reopen-submission";

export type QueueItem = {
  articleId: string;
  title: string;
  outlet: string;
  articleStatus: ArticleStatus;
  status: AssignmentStatus;
  assignedAt: string;
  submittedAt: string | null;
  // The person's own live annotations on the article (never colleagues').
  myAnnotations: number;
  canReopen: boolean;
};

const statusOrder: Record<AssignmentStatus, number> = { IN_PROGRESS: 0, ASSIGNED: 1, SUBMITTED: 2 };

// "My queue": the signed-in person's assignments in a project, work in
// progress first, then not started, then submitted; oldest assignment first.
export async function listMyQueue(access: ProjectAccess): Promise<QueueItem[]> {
  assertCan(access, "project.view");
  const { project, userId } = access;
  const rows = await db.assignment.findMany({
    where: { projectId: project.id, userId, article: { deletedAt: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      status: true,
      createdAt: true,
      submittedAt: true,
      article: { select: { id: true, title: true, outlet: true, status: true, revision: true } },
    },
  });
  const counts = await db.annotation.groupBy({
    by: ["articleId"],
    where: { projectId: project.id, authorId: userId, deletedAt: null, articleId: { in: rows.map((r) => r.article.id) } },
    _count: { _all: true },
  });
  const mine = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return rows
    .map((row) => ({
      articleId: row.article.id,
      title: row.article.title,
      outlet: row.article.outlet,
      articleStatus: row.article.status,
      status: row.status,
      assignedAt: row.createdAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      myAnnotations: mine.get(row.article.id) ?? 0,
      canReopen: canReopenSubmission({ assignmentStatus: row.status, articleStatus: row.article.status, blindAnnotation: project.blindAnnotation }),
    }))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
}
