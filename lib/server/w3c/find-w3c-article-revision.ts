import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/**
 * The text of one revision of a live article of the project: what a W3C
 * annotation's target `source` names and its selectors index (code points).
 * Any member may read it, as in the editor's revision history. Not found
 * when the article is deleted or the revision does not exist.
 */
export async function findW3cArticleRevision(db: DbClient, access: ProjectAccess, articleId: string, revision: number): Promise<{ text: string }> {
  const found = await db.articleRevision.findFirst({
    where: { articleId, revision, article: { projectId: access.project.id, deletedAt: null } },
    select: { text: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Article revision not found.");
  return found;
}
