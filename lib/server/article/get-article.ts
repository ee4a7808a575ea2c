import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

// Scoped by project: an id from another project is simply not found.
export async function getArticle(access: ProjectAccess, articleId: string) {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId, deletedAt: null },
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      author: true,
      publishedAt: true,
      language: true,
      text: true,
      content: true,
      contentHash: true,
      revision: true,
      status: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  return article;
}
