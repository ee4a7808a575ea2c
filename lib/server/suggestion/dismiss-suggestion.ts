import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { dismissSuggestionSchema } from "@/lib/validations/suggestion";
import { parseInput } from "@/lib/validations/parse-input";

/**
 * Remembers that the person dismissed a suggestion on this article revision,
 * so it is not offered to them again (other people still see it). Dismissing
 * twice is harmless. A dismissal is personal and reversible by nature, so it
 * writes no audit row.
 */
export async function dismissSuggestion(access: ProjectAccess, articleId: string, input: unknown): Promise<void> {
  if (!can(access.role, "annotations.create")) throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  const values = parseInput(dismissSuggestionSchema, input, "Invalid dismissal.");
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: access.project.id, deletedAt: null },
    select: { id: true, revision: true, text: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  if (values.revision !== article.revision) {
    throw new AppError("CONFLICT", `The article's text has changed (it is now revision ${article.revision}). Reload the article.`);
  }
  if (values.end > [...article.text].length) throw new AppError("BAD_REQUEST", "end is past the end of the article's text.");
  const key = { articleId: article.id, userId: access.userId, revision: values.revision, kind: values.kind, start: values.start, end: values.end };
  await db.suggestionDismissal.upsert({
    where: { articleId_userId_revision_kind_start_end: key },
    create: { ...key, projectId: access.project.id },
    update: {},
  });
}
