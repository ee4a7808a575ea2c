import type { DbClient } from "@/lib/server/db-client";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";

type Snapshot = { body: string; parentId: string | null; mentions: string[]; deletedAt: string | null };

const eventTypes = { "comment.create": "comment.created", "comment.update": "comment.updated", "comment.delete": "comment.deleted" } as const;

// The audit row and the feed event of a comment write, in its transaction.
export async function recordCommentChange(
  tx: DbClient,
  change: {
    projectId: string;
    articleId: string;
    annotationId: string;
    commentId: string;
    actorId: string;
    action: keyof typeof eventTypes;
    before: Snapshot | null;
    after: Snapshot;
  },
): Promise<void> {
  await writeAuditLog(tx, {
    projectId: change.projectId,
    actorId: change.actorId,
    action: change.action,
    entityType: "Comment",
    entityId: change.commentId,
    before: change.before ? { ...change.before, annotationId: change.annotationId } : null,
    after: { ...change.after, annotationId: change.annotationId },
  });
  await recordEvent(tx, {
    projectId: change.projectId,
    articleId: change.articleId,
    type: eventTypes[change.action],
    actorId: change.actorId,
    payload: { annotationId: change.annotationId, commentId: change.commentId },
  });
}
