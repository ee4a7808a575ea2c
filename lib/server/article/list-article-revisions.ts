import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export type ArticleRevisionListItem = {
  revision: number;
  title: string;
  note: string;
  contentHash: string;
  // Length of the revision's text in code points.
  characters: number;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  current: boolean;
};

// An article's text history, newest first, for any member. Texts are left
// out (an article may be megabytes long); the hash tells revisions apart.
export async function listArticleRevisions(access: ProjectAccess, articleId: string): Promise<ArticleRevisionListItem[]> {
  assertCan(access, "project.view");
  const { project } = access;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  const [rows, lengths] = await Promise.all([
    db.articleRevision.findMany({
      where: { articleId: article.id },
      orderBy: { revision: "desc" },
      select: {
        revision: true,
        title: true,
        note: true,
        contentHash: true,
        createdAt: true,
        createdBy: { select: { id: true, name: true } },
      },
    }),
    db.$queryRaw<Array<{ revision: number; characters: number }>>`
      SELECT revision, char_length(text)::int AS characters FROM "ArticleRevision" WHERE "articleId" = ${article.id}`,
  ]);
  const lengthOf = new Map(lengths.map((row) => [row.revision, row.characters]));
  return rows.map((row) => ({
    revision: row.revision,
    title: row.title,
    note: row.note,
    contentHash: row.contentHash,
    characters: lengthOf.get(row.revision) ?? 0,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null,
    current: row.revision === article.revision,
  }));
}
