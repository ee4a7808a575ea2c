import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

/**
 * Locks an article's row for a text correction and reads what the correction
 * replaces. This must be the correction's FIRST lock: annotation writes lock
 * the article row before their annotation (lockArticleText, FOR SHARE), so
 * taking the same order here rules out a deadlock between the two.
 *
 * FOR NO KEY UPDATE rather than FOR UPDATE: it still waits for, and blocks,
 * every FOR SHARE holder (an annotation being placed on the text), but not
 * the FOR KEY SHARE that Postgres takes to check foreign keys, so rows that
 * merely reference the article (assignments, events) are not held up. The
 * UPDATE of the row later takes this same lock, as it changes no key.
 */
export async function lockArticleForRevision(tx: DbClient, projectId: string, articleId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Article"
    WHERE id = ${articleId} AND "projectId" = ${projectId} AND "deletedAt" IS NULL
    FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "Article not found.");
  return tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, title: true, text: true, content: true, contentHash: true, revision: true, version: true, createdById: true, createdAt: true },
  });
}
