import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";

export type AssignmentSnapshot = { id: string; articleId: string; userId: string; status: string; submittedAt?: Date | null };

// Every assignment write leaves an audit row and an `assignment.changed`
// event (payload {articleId, userId}, see the live-events contract), in the
// transaction of the write, so open queues and boards can refresh.
export async function recordAssignmentChange(
  tx: DbClient,
  change: {
    projectId: string;
    actorId: string;
    action: "assignment.create" | "assignment.delete" | "assignment.start" | "assignment.submit" | "assignment.reopen";
    before: AssignmentSnapshot | null;
    after: AssignmentSnapshot | null;
  },
): Promise<void> {
  const subject = change.after ?? change.before;
  if (!subject) throw new Error("recordAssignmentChange needs a before or an after state.");
  await writeAuditLog(tx, {
    projectId: change.projectId,
    actorId: change.actorId,
    action: change.action,
    entityType: "Assignment",
    entityId: subject.id,
    before: snapshot(change.before),
    after: snapshot(change.after),
  });
  await recordEvent(tx, {
    projectId: change.projectId,
    articleId: subject.articleId,
    type: "assignment.changed",
    actorId: change.actorId,
    payload: { articleId: subject.articleId, userId: subject.userId },
  });
}

function snapshot(value: AssignmentSnapshot | null): Prisma.InputJsonValue | null {
  if (!value) return null;
  return {
    articleId: value.articleId,
    userId: value.userId,
    status: value.status,
    submittedAt: value.submittedAt ? value.submittedAt.toISOString() : null,
  };
}
