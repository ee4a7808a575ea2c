import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

// The caller's assignment on an article, locked for the rest of the
// transaction so start/submit/reopen on it happen one at a time.
export async function findOwnAssignment(tx: DbClient, input: { projectId: string; articleId: string; userId: string }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Assignment"
    WHERE "projectId" = ${input.projectId} AND "articleId" = ${input.articleId} AND "userId" = ${input.userId}
    FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw new AppError("NOT_FOUND", "You are not assigned to this article.");
  return tx.assignment.findUniqueOrThrow({ where: { id } });
}
