import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

export type LockedArticleText = { id: string; text: string; revision: number };

// The text that new offsets are checked against. FOR SHARE makes a text
// correction (which rewrites the Article row and re-anchors its annotations)
// wait until this transaction commits, so an annotation is never placed on
// words that are being replaced at that moment.
export async function lockArticleText(tx: DbClient, projectId: string, articleId: string): Promise<LockedArticleText> {
  const rows = await tx.$queryRaw<LockedArticleText[]>`
    SELECT id, text, revision FROM "Article"
    WHERE id = ${articleId} AND "projectId" = ${projectId} AND "deletedAt" IS NULL
    FOR SHARE`;
  const article = rows[0];
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  return article;
}
