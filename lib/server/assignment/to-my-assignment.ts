import type { ArticleStatus, AssignmentStatus } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { canReopenSubmission } from "@/lib/workflow/can-reopen-submission";

// What an assignee's own controls need: plain values for client components.
export type MyAssignment = {
  articleId: string;
  status: AssignmentStatus;
  submittedAt: string | null;
  articleStatus: ArticleStatus;
  canReopen: boolean;
};

export async function toMyAssignment(client: DbClient, assignmentId: string, blindAnnotation: boolean): Promise<MyAssignment> {
  const row = await client.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { articleId: true, status: true, submittedAt: true, article: { select: { status: true } } },
  });
  return {
    articleId: row.articleId,
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    articleStatus: row.article.status,
    canReopen: canReopenSubmission({ assignmentStatus: row.status, articleStatus: row.article.status, blindAnnotation }),
  };
}
